package com.griddesk.urging;

import com.griddesk.cases.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One repeat contact (催办) about an open case. The note stays here, never in the engine. When this urge was the one
 * that escalated the case to the supervisors, it also records that escalation and how it was closed.
 */
@Entity
@Table(name = "gd_case_urge")
public class CaseUrge {

  /** Where the urge came from: the urge endpoint, or an intake request that found the open case. */
  public enum Source { API, INTAKE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  /** 1 for the case's first urge, 2 for the second, ... */
  @Column(name = "urge_no", nullable = false)
  private int urgeNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Column(nullable = false)
  private String note;

  @Column(name = "urged_at", nullable = false)
  private Instant urgedAt;

  @Column(name = "urged_by", nullable = false)
  private String urgedBy;

  @Column(name = "client_id")
  private String clientId;

  @Column(name = "idem_key")
  private String key;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "escalation_group")
  private String escalationGroup;

  @Column(name = "escalation_unit")
  private String escalationUnit;

  @Column(name = "escalation_process_id")
  private String escalationProcessId;

  @Column(name = "escalation_task_id")
  private String escalationTaskId;

  @Column(name = "escalation_closed_at")
  private Instant escalationClosedAt;

  @Column(name = "escalation_closed_by")
  private String escalationClosedBy;

  @Column(name = "escalation_comment")
  private String escalationComment;

  protected CaseUrge() {}

  public CaseUrge(Long caseId, int urgeNo, Channel channel, Source source, String note, Instant urgedAt,
      String urgedBy) {
    this.caseId = caseId;
    this.urgeNo = urgeNo;
    this.channel = channel;
    this.source = source;
    this.note = note;
    this.urgedAt = urgedAt;
    this.urgedBy = urgedBy;
  }

  /** The client's Idempotency-Key and the fingerprint of the request it came with. */
  public void identifiedBy(String clientId, String key, String requestHash) {
    this.clientId = clientId;
    this.key = key;
    this.requestHash = requestHash;
  }

  public void escalatedTo(String group, String unitName, String processInstanceId) {
    this.escalationGroup = group;
    this.escalationUnit = unitName;
    this.escalationProcessId = processInstanceId;
  }

  public void escalationTask(String taskId) {
    this.escalationTaskId = taskId;
  }

  public void escalationClosed(String closedBy, String comment, Instant closedAt) {
    this.escalationClosedBy = closedBy;
    this.escalationComment = comment;
    this.escalationClosedAt = closedAt;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public int getUrgeNo() { return urgeNo; }
  public Channel getChannel() { return channel; }
  public Source getSource() { return source; }
  public String getNote() { return note; }
  public Instant getUrgedAt() { return urgedAt; }
  public String getUrgedBy() { return urgedBy; }
  public String getRequestHash() { return requestHash; }
  public String getEscalationGroup() { return escalationGroup; }
  public String getEscalationUnit() { return escalationUnit; }
  public String getEscalationProcessId() { return escalationProcessId; }
  public Instant getEscalationClosedAt() { return escalationClosedAt; }
  public String getEscalationClosedBy() { return escalationClosedBy; }
  public String getEscalationComment() { return escalationComment; }
}
