package com.griddesk.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article as the API shows it; {@code version} is what a PUT must send back. */
public record KnowledgeArticleView(long id, String title, String body, List<String> tags, String serviceArea,
    LocalDate validFrom, LocalDate validTo, Instant createdAt, String createdBy, Instant updatedAt,
    String updatedBy, int version) {

  static KnowledgeArticleView of(KnowledgeArticle article) {
    return new KnowledgeArticleView(article.getId(), article.getTitle(), article.getBody(), article.getTags(),
        article.getServiceArea(), article.getValidFrom(), article.getValidTo(), article.getCreatedAt(),
        article.getCreatedBy(), article.getUpdatedAt(), article.getUpdatedBy(), article.getVersion());
  }
}
