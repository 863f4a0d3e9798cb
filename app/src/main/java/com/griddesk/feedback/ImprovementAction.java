package com.griddesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An improvement action (改进措施): what a hot spot of complaints and dissatisfied callbacks of one category in one
 * service area led to, who answers for it, what was done, and how the supervisors verified it. Staff text only:
 * the customers' words stay with their feedback entries.
 */
@Entity
@Table(name = "gd_improvement_action")
public class ImprovementAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_no", unique = true)
  private String actionNo;

  @Column(nullable = false)
  private String category;

  @Column(name = "service_area", nullable = false)
  private String serviceArea;

  /** The supply office that answers for the area; null when the organisation has none on record. */
  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Column(name = "responsible_group", nullable = false)
  private String responsibleGroup;

  @Column(name = "supervisor_group", nullable = false)
  private String supervisorGroup;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImprovementStatus status = ImprovementStatus.IN_PROGRESS;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "warn_at", nullable = false)
  private Instant warnAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "action_taken")
  private String actionTaken;

  private String evidence;

  @Column(name = "implemented_by")
  private String implementedBy;

  @Column(name = "implemented_at")
  private Instant implementedAt;

  @Column(name = "return_count", nullable = false)
  private int returnCount;

  /** The supervisors' last verdict: VERIFIED or RETURNED. */
  private String verification;

  @Column(name = "verification_comment")
  private String verificationComment;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  /** When the due date passed with the action still open, and the supervision it led to. */
  @Column(name = "overdue_at")
  private Instant overdueAt;

  @Column(name = "overdue_comment")
  private String overdueComment;

  @Column(name = "overdue_closed_by")
  private String overdueClosedBy;

  @Column(name = "overdue_closed_at")
  private Instant overdueClosedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  private int version;

  protected ImprovementAction() {}

  ImprovementAction(String category, String serviceArea, ResponsibleUnit unit, Instant openedAt, Instant dueAt,
      Instant warnAt) {
    this.category = category;
    this.serviceArea = serviceArea;
    this.unitCode = unit.code();
    this.unitName = unit.name();
    this.responsibleGroup = unit.handlerGroup();
    this.supervisorGroup = unit.supervisorGroup();
    this.openedAt = openedAt;
    this.dueAt = dueAt;
    this.warnAt = warnAt;
  }

  void assignNumber(String actionNo) {
    this.actionNo = actionNo;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void implemented(String actionTaken, String evidence, String by, Instant now) {
    this.actionTaken = actionTaken;
    this.evidence = evidence;
    this.implementedBy = by;
    this.implementedAt = now;
    this.status = ImprovementStatus.AWAITING_VERIFICATION;
  }

  void verified(String by, String comment, Instant now) {
    this.verification = "VERIFIED";
    this.verificationComment = comment;
    this.verifiedBy = by;
    this.verifiedAt = now;
  }

  void returned(String by, String comment, Instant now) {
    this.verification = "RETURNED";
    this.verificationComment = comment;
    this.verifiedBy = by;
    this.verifiedAt = now;
    this.returnCount++;
    this.status = ImprovementStatus.IN_PROGRESS;
  }

  void overdue(Instant now) {
    this.overdueAt = now;
  }

  void overdueSupervised(String by, String comment, Instant now) {
    this.overdueComment = comment;
    this.overdueClosedBy = by;
    this.overdueClosedAt = now;
  }

  void close(Instant now) {
    this.status = ImprovementStatus.CLOSED;
    this.closedAt = now;
  }

  public boolean isOpen() {
    return status != ImprovementStatus.CLOSED;
  }

  /** Open past its due date. */
  public boolean isOverdueAt(Instant now) {
    return isOpen() && now.isAfter(dueAt);
  }

  public Long getId() { return id; }
  public String getActionNo() { return actionNo; }
  public String getCategory() { return category; }
  public String getServiceArea() { return serviceArea; }
  public String getUnitCode() { return unitCode; }
  public String getUnitName() { return unitName; }
  public String getResponsibleGroup() { return responsibleGroup; }
  public String getSupervisorGroup() { return supervisorGroup; }
  public ImprovementStatus getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getWarnAt() { return warnAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getActionTaken() { return actionTaken; }
  public String getEvidence() { return evidence; }
  public String getImplementedBy() { return implementedBy; }
  public Instant getImplementedAt() { return implementedAt; }
  public int getReturnCount() { return returnCount; }
  public String getVerification() { return verification; }
  public String getVerificationComment() { return verificationComment; }
  public String getVerifiedBy() { return verifiedBy; }
  public Instant getVerifiedAt() { return verifiedAt; }
  public Instant getOverdueAt() { return overdueAt; }
  public String getOverdueComment() { return overdueComment; }
  public String getOverdueClosedBy() { return overdueClosedBy; }
  public Instant getOverdueClosedAt() { return overdueClosedAt; }
  public Instant getClosedAt() { return closedAt; }
}
