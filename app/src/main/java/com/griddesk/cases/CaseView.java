package com.griddesk.cases;

import java.time.Instant;
import java.util.List;

/** A case as the API shows it: customer data masked, with its open tasks and its SLA clocks. */
public record CaseView(
    String caseNo,
    CaseType type,
    Channel channel,
    CaseStatus status,
    ComplaintCategory category,
    String serviceArea,
    AreaType areaType,
    String subject,
    String description,
    CustomerView customer,
    String handlingGroup,
    int reopenCount,
    CloseOutcome closeOutcome,
    Instant receivedAt,
    Instant createdAt,
    Instant closedAt,
    List<TaskView> tasks,
    List<SlaView> slas,
    List<EscalationView> escalations) {

  public record CustomerView(String accountNo, String name, String phone) {}

  public record TaskView(String id, String name, String group, String assignee, Instant due) {}

  public record EscalationView(String clock, int level, String unit, String group, Instant escalatedAt,
      Instant closedAt, String closedBy, String comment) {}

  public record SlaView(String name, Instant startedAt, Instant warnAt, Instant dueAt, String state,
      Instant breachedAt, Instant stoppedAt) {}
}
