package com.griddesk.survey;

import com.griddesk.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The satisfaction survey of one case: the one-time token the customer's link carries, and the customer's one
 * answer. The token and the comment are kept encrypted: whoever reads the table cannot answer for a customer.
 */
@Entity
@Table(name = "gd_survey")
public class Survey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, unique = true)
  private Long caseId;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(nullable = false)
  private String token;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private Integer score;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "survey_comment")
  private String comment;

  @Column(name = "completed_callback")
  private Boolean completedCallback;

  protected Survey() {}

  Survey(Long caseId, String token, Instant issuedAt) {
    this.caseId = caseId;
    this.token = token;
    this.issuedAt = issuedAt;
  }

  /** Constant-time, so that the answer's timing tells a forger nothing about the token. */
  boolean accepts(String offered) {
    return offered != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        offered.getBytes(StandardCharsets.UTF_8));
  }

  boolean isAnswered() {
    return answeredAt != null;
  }

  void answer(int score, String comment, boolean completedCallback, Instant now) {
    this.score = score;
    this.comment = comment;
    this.completedCallback = completedCallback;
    this.answeredAt = now;
  }

  public Long getCaseId() { return caseId; }
  public String getToken() { return token; }
  public Instant getIssuedAt() { return issuedAt; }
  public Instant getAnsweredAt() { return answeredAt; }
  public Integer getScore() { return score; }
  public String getComment() { return comment; }
  public Boolean getCompletedCallback() { return completedCallback; }
}
