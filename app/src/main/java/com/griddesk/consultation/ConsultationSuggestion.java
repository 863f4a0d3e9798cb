package com.griddesk.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A knowledge article the search found for a consultation's question, at its rank (1 = best). The title is kept
 * as it was, so the case still shows what was suggested after the article changes or is deleted.
 */
@Entity
@Table(name = "gd_consultation_suggestion")
public class ConsultationSuggestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(nullable = false)
  private int position;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(nullable = false)
  private String title;

  protected ConsultationSuggestion() {}

  public ConsultationSuggestion(Long caseId, int position, long articleId, String title) {
    this.caseId = caseId;
    this.position = position;
    this.articleId = articleId;
    this.title = title;
  }

  public Long getCaseId() { return caseId; }
  public int getPosition() { return position; }
  public long getArticleId() { return articleId; }
  public String getTitle() { return title; }
}
