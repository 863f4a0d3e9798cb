package com.griddesk.outage;

import java.time.Instant;
import java.util.List;

/** An outage incident as the API shows it: where, since when, and every repair call linked to it. */
public record OutageView(String incidentNo, String serviceArea, String outageRef, String transformerId,
    OutageIncident.Status status, String leadCaseNo, int caseCount, List<String> caseNos, Instant openedAt,
    Instant restoredAt, String restoredBy) {}
