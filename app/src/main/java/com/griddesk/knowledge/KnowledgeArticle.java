package com.griddesk.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Length;

/**
 * An article of the knowledge base: what agents tell customers about a topic, valid from one day (to another),
 * for every service area or for one. Its search terms are kept in gd_kb_term by {@link KnowledgeIndex}.
 */
@Entity
@Table(name = "gd_kb_article")
public class KnowledgeArticle {

  static final String TAG_SEPARATOR = ",";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  /** CLOB: LONGTEXT on MySQL/MariaDB, which Hibernate expects only of a column this long. */
  @Lob
  @Column(nullable = false, length = Length.LONG32)
  private String body;

  /** The tags joined by commas, null without tags. */
  private String tags;

  /** Null: the article holds in every service area. */
  @Column(name = "service_area")
  private String serviceArea;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  /** The last day the article holds; null: until further notice. */
  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  private int version;

  protected KnowledgeArticle() {}

  KnowledgeArticle(KnowledgeArticleValidator.ValidArticle content, String user, Instant now) {
    this.createdAt = now;
    this.createdBy = user;
    update(content, user, now);
  }

  void update(KnowledgeArticleValidator.ValidArticle content, String user, Instant now) {
    this.title = content.title();
    this.body = content.body();
    this.tags = content.tags().isEmpty() ? null : String.join(TAG_SEPARATOR, content.tags());
    this.serviceArea = content.serviceArea();
    this.validFrom = content.validFrom();
    this.validTo = content.validTo();
    this.updatedAt = now;
    this.updatedBy = user;
  }

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public String getBody() { return body; }
  public String getServiceArea() { return serviceArea; }
  public LocalDate getValidFrom() { return validFrom; }
  public LocalDate getValidTo() { return validTo; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public Instant getUpdatedAt() { return updatedAt; }
  public String getUpdatedBy() { return updatedBy; }
  public int getVersion() { return version; }

  public List<String> getTags() {
    return tags == null ? List.of() : List.of(tags.split(TAG_SEPARATOR));
  }
}
