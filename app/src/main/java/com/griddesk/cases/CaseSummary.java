package com.griddesk.cases;

import java.time.Instant;

/**
 * One line of a case search result. {@code handlingGroup}: the unit the case is routed to; {@code slaOutcome}: MET,
 * BREACHED or OPEN ({@link SlaOutcome}).
 */
public record CaseSummary(
    String caseNo,
    CaseType type,
    Channel channel,
    CaseStatus status,
    String category,
    String serviceArea,
    String handlingGroup,
    String subject,
    CaseView.CustomerView customer,
    Instant receivedAt,
    Instant closedAt,
    SlaOutcome slaOutcome) {}
