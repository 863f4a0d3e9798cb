package com.griddesk.organisation;

/** An administrator's description of a unit; strings, so that every bad field can be named. */
public record OrgUnitRequest(String name, String level, String parentCode, String handlerGroup,
    String supervisorGroup) {}
