package com.griddesk.cases;

import java.time.Instant;

/** One line of a case search result. */
public record CaseSummary(
    String caseNo,
    CaseType type,
    Channel channel,
    CaseStatus status,
    String serviceArea,
    String subject,
    CaseView.CustomerView customer,
    Instant receivedAt,
    Instant closedAt) {}
