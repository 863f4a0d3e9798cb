package com.griddesk.feedback;

import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/**
 * One piece of customer feedback in the pool, with the facts it is analysed by, copied from its case when it was
 * recorded. The customer's words may hold personal data: encrypted at rest, never logged.
 */
@Entity
@Table(name = "gd_feedback")
public class FeedbackEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "case_no", nullable = false)
  private String caseNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FeedbackSource source;

  @Column(name = "case_type", nullable = false)
  private String caseType;

  @Column(nullable = false)
  private String category;

  @Column(name = "service_area", nullable = false)
  private String serviceArea;

  @Column(name = "handling_group")
  private String handlingGroup;

  /** The customer's account; null for a report (举报), whose reporter stays unknown to the pool's readers. */
  @Column(name = "account_no")
  private String accountNo;

  /** A callback's outcome (cases.CallbackOutcome). */
  private String outcome;

  /** A survey's score, 1-5. */
  private Integer score;

  /** How a callback was answered: PHONE or SURVEY. */
  private String via;

  @Lob
  @Convert(converter = EncryptedStringConverter.class)
  @Column(length = Length.LONG32)
  private String words;

  /** Counts towards a hot spot: a complaint or a dissatisfied callback. */
  @Column(name = "hot_spot_signal", nullable = false)
  private boolean hotSpotSignal;

  /** When the customer gave it: a complaint's receipt, else when it was recorded. */
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** The ISO week of {@code receivedAt} in the service centre's time zone, e.g. 2026-W11. */
  @Column(name = "iso_week", nullable = false)
  private String isoWeek;

  @Column(name = "action_id")
  private Long actionId;

  @Column(name = "linked_at")
  private Instant linkedAt;

  protected FeedbackEntry() {}

  FeedbackEntry(ServiceCase c, FeedbackSource source, String outcome, Integer score, String via, String words,
      boolean hotSpotSignal, Instant receivedAt, Instant recordedAt, String isoWeek) {
    this.caseId = c.getId();
    this.caseNo = c.getCaseNo();
    this.source = source;
    this.caseType = c.getType().name();
    this.category = c.getCategory();
    this.serviceArea = c.getServiceArea();
    this.handlingGroup = c.getHandlingGroup();
    this.accountNo = c.getType() == CaseType.REPORT ? null : c.customer().accountNo();
    this.outcome = outcome;
    this.score = score;
    this.via = via;
    this.words = words;
    this.hotSpotSignal = hotSpotSignal;
    this.receivedAt = receivedAt;
    this.recordedAt = recordedAt;
    this.isoWeek = isoWeek;
  }

  void linkTo(long actionId, Instant now) {
    this.actionId = actionId;
    this.linkedAt = now;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getCaseNo() { return caseNo; }
  public FeedbackSource getSource() { return source; }
  public String getCaseType() { return caseType; }
  public String getCategory() { return category; }
  public String getServiceArea() { return serviceArea; }
  public String getHandlingGroup() { return handlingGroup; }
  public String getAccountNo() { return accountNo; }
  public String getOutcome() { return outcome; }
  public Integer getScore() { return score; }
  public String getVia() { return via; }
  public String getWords() { return words; }
  public boolean isHotSpotSignal() { return hotSpotSignal; }
  public Instant getReceivedAt() { return receivedAt; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getIsoWeek() { return isoWeek; }
  public Long getActionId() { return actionId; }
  public Instant getLinkedAt() { return linkedAt; }

  @Override
  public String toString() {
    return "FeedbackEntry[id=" + id + ", caseNo=" + caseNo + ", source=" + source + ", words=***]";
  }
}
