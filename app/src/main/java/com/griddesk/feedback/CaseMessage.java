package com.griddesk.feedback;

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
 * A message to the customer, recorded on their case. There is no SMS gateway: the message is kept with send
 * status RECORDED, for a gateway (or an agent) to send.
 */
@Entity
@Table(name = "gd_case_message")
public class CaseMessage {

  public enum Kind {
    /** What was done about the problem the customer's feedback raised (改进措施告知). */
    IMPROVEMENT_NOTICE
  }

  public static final String CHANNEL_SMS = "SMS";
  public static final String RECORDED = "RECORDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private String channel;

  @Column(name = "send_status", nullable = false)
  private String sendStatus;

  /** What the message is about, e.g. the improvement action's number. */
  private String reference;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CaseMessage() {}

  CaseMessage(Long caseId, Kind kind, String text, String reference, Instant createdAt) {
    this.caseId = caseId;
    this.kind = kind;
    this.text = text;
    this.channel = CHANNEL_SMS;
    this.sendStatus = RECORDED;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Kind getKind() { return kind; }
  public String getText() { return text; }
  public String getChannel() { return channel; }
  public String getSendStatus() { return sendStatus; }
  public String getReference() { return reference; }
  public Instant getCreatedAt() { return createdAt; }
}
