package com.griddesk.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level of escalation of a breached clock: who was asked to intervene, when, and how they closed it. */
@Entity
@Table(name = "gd_escalation")
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(nullable = false)
  private String clock;

  @Column(name = "escalation_level", nullable = false)
  private int level;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "escalated_at", nullable = false)
  private Instant escalatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closing_comment")
  private String closingComment;

  protected Escalation() {}

  public Escalation(Long caseId, String clock, int level, String unitCode, String unitName, String groupId,
      Instant escalatedAt) {
    this.caseId = caseId;
    this.clock = clock;
    this.level = level;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.groupId = groupId;
    this.escalatedAt = escalatedAt;
  }

  public void attachTask(String taskId) {
    this.taskId = taskId;
  }

  public void close(String closedBy, String comment, Instant now) {
    this.closedBy = closedBy;
    this.closingComment = comment;
    this.closedAt = now;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getClock() { return clock; }
  public int getLevel() { return level; }
  public String getUnitCode() { return unitCode; }
  public String getUnitName() { return unitName; }
  public String getGroupId() { return groupId; }
  public String getTaskId() { return taskId; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public Instant getClosedAt() { return closedAt; }
  public String getClosedBy() { return closedBy; }
  public String getClosingComment() { return closingComment; }
}
