package com.griddesk.feedback;

/**
 * Who answers for an improvement action: the service area's supply office (its handlers carry the action out, its
 * supervisors verify it). {@code code} is null when the organisation has no office for the area on record.
 */
record ResponsibleUnit(String code, String name, String handlerGroup, String supervisorGroup) {}
