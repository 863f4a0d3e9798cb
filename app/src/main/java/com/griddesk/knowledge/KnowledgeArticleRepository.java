package com.griddesk.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgeArticleRepository extends JpaRepository<KnowledgeArticle, Long> {

  boolean existsByTitle(String title);
}
