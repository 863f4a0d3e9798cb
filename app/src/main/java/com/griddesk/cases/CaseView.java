package com.griddesk.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as the API shows it: customer data masked, with its open tasks and its SLA clocks. {@code onTime} is
 * known once the case is closed and its clocks have stopped: true only if every clock of the case was met.
 * {@code incidentNo}: the outage incident a repair call is linked to; {@code callbackOutcome}: what the customer said
 * when called back. {@code urges}: the customer's
 * repeat contacts about it; {@code likelyDuplicates}: the customer's other open cases, for the agent to check.
 * {@code messages}: messages to the customer recorded on the case (e.g. the notice of an improvement action).
 */
public record CaseView(
    String caseNo,
    CaseType type,
    Channel channel,
    CaseStatus status,
    String category,
    String serviceArea,
    AreaType areaType,
    String subject,
    String description,
    CustomerView customer,
    String handlingGroup,
    int priority,
    int urgeCount,
    String outageRef,
    String transformerId,
    String praisedStaff,
    String incidentNo,
    int reopenCount,
    CloseOutcome closeOutcome,
    CallbackOutcome callbackOutcome,
    SurveyView survey,
    Instant receivedAt,
    Instant createdAt,
    Instant closedAt,
    Boolean onTime,
    List<TaskView> tasks,
    List<SlaView> slas,
    List<EscalationView> escalations,
    List<PauseView> pauses,
    List<UrgeView> urges,
    List<DuplicateView> likelyDuplicates,
    List<ArticleRef> suggestedArticles,
    AnsweredArticle answeredByArticle,
    List<MessageView> messages) {

  /** The customer's satisfaction survey answer; null until they answer. */
  public record SurveyView(int score, String comment, Instant answeredAt) {}

  public record CustomerView(String accountNo, String name, String phone) {}

  public record TaskView(String id, String name, String group, String assignee, Instant due) {}

  public record EscalationView(String clock, int level, String unit, String group, Instant escalatedAt,
      Instant closedAt, String closedBy, String comment) {}

  /** {@code pausedSeconds}: the time the clock stood still for the customer; its dates already include it. */
  public record SlaView(String name, Instant startedAt, Instant warnAt, Instant dueAt, String state,
      Instant breachedAt, Instant stoppedAt, long pausedSeconds) {}

  /** A knowledge article suggested for a consultation, as it was titled then; GET /api/knowledge/{id} reads it. */
  public record ArticleRef(long id, String title) {}

  /** The article that answered a self-served consultation; {@code markedBy} AGENT or CUSTOMER. */
  public record AnsweredArticle(long id, String title, String markedBy, Instant markedAt) {}

  /** A pause of the case's clocks; {@code resumedAt} is null while it lasts. */
  public record PauseView(String reason, String reasonText, String note, Instant pausedAt, String pausedBy,
      Instant resumedAt, String resumedBy, String cause, Long pausedSeconds, String rejectComment) {}

  /** A repeat contact (催办); {@code escalation} when it sent the case to the supervisors. */
  public record UrgeView(int urgeNo, Channel channel, String source, String note, Instant urgedAt, String urgedBy,
      UrgeEscalationView escalation) {}

  public record UrgeEscalationView(String group, String unit, Instant closedAt, String closedBy, String comment) {}

  /**
   * A message to the customer: {@code kind} e.g. IMPROVEMENT_NOTICE, {@code reference} what it is about (the
   * improvement action's number); {@code sendStatus} RECORDED (there is no SMS gateway yet).
   */
  public record MessageView(String kind, String text, String channel, String sendStatus, String reference,
      Instant createdAt) {}

  /** Another open case of the same customer account: only what tells the agent whether it is the same matter. */
  public record DuplicateView(String caseNo, CaseType type, CaseStatus status, String subject) {}
}
