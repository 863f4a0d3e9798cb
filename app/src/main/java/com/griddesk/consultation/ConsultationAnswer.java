package com.griddesk.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The knowledge article that answered a consultation (the case closed as self-served), and who said so. */
@Entity
@Table(name = "gd_consultation_answer")
public class ConsultationAnswer {

  /** Who marked the article as the answer. */
  public enum MarkedBy {
    /** The hotline agent, on the task 知识库答复. */
    AGENT,
    /** The customer, through a channel system (POST /api/cases/{caseNo}/self-served). */
    CUSTOMER
  }

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "marked_by", nullable = false)
  private MarkedBy markedBy;

  /** The agent, or the channel system that reported the customer's choice; null if unknown. */
  @Column(name = "marked_by_user")
  private String markedByUser;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected ConsultationAnswer() {}

  public ConsultationAnswer(Long caseId, long articleId, String title, MarkedBy markedBy, String markedByUser,
      Instant markedAt) {
    this.caseId = caseId;
    this.articleId = articleId;
    this.title = title;
    this.markedBy = markedBy;
    this.markedByUser = markedByUser;
    this.markedAt = markedAt;
  }

  public Long getCaseId() { return caseId; }
  public long getArticleId() { return articleId; }
  public String getTitle() { return title; }
  public MarkedBy getMarkedBy() { return markedBy; }
  public String getMarkedByUser() { return markedByUser; }
  public Instant getMarkedAt() { return markedAt; }
}
