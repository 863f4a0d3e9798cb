package com.griddesk.intake;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import java.time.Instant;

/**
 * A validated intake request. {@code outageRef} and {@code transformerId} belong to repair calls,
 * {@code praisedStaff} to praise; they are null otherwise. {@code separateCase}: the agent confirmed that a
 * customer with an open case of the same type raises a new matter, so it is not recorded as an urge.
 */
public record NewCase(
    CaseType type,
    Channel channel,
    Customer customer,
    String serviceArea,
    AreaType areaType,
    String category,
    String subject,
    String description,
    Instant receivedAt,
    String outageRef,
    String transformerId,
    String praisedStaff,
    boolean separateCase) {}
