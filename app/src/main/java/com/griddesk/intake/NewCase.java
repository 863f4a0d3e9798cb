package com.griddesk.intake;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.ComplaintCategory;
import com.griddesk.cases.Customer;
import java.time.Instant;

/** A validated intake request. */
public record NewCase(
    CaseType type,
    Channel channel,
    Customer customer,
    String serviceArea,
    AreaType areaType,
    ComplaintCategory category,
    String subject,
    String description,
    Instant receivedAt) {}
