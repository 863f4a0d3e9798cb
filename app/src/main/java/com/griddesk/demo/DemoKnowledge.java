package com.griddesk.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.knowledge.KnowledgeArticleRepository;
import com.griddesk.knowledge.KnowledgeArticleRequest;
import com.griddesk.knowledge.KnowledgeEditing;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo articles of the knowledge base (demo/knowledge-articles.json), written by the demo editor. An article whose
 * title is already there is left alone, so a restart adds nothing twice and keeps what was edited.
 * Loaded only when griddesk.demo-data.enabled is true, like {@link DemoData}.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "griddesk.demo-data.enabled", havingValue = "true")
public class DemoKnowledge implements ApplicationRunner {

  static final String ARTICLES = "demo/knowledge-articles.json";
  static final String EDITOR = "editor";

  private final KnowledgeEditing editing;
  private final KnowledgeArticleRepository articles;
  private final ObjectMapper json;

  public DemoKnowledge(KnowledgeEditing editing, KnowledgeArticleRepository articles, ObjectMapper json) {
    this.editing = editing;
    this.articles = articles;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (KnowledgeArticleRequest article : articles()) {
      if (!articles.existsByTitle(article.title())) {
        editing.create(article, EDITOR);
      }
    }
  }

  List<KnowledgeArticleRequest> articles() throws IOException {
    try (InputStream in = new ClassPathResource(ARTICLES).getInputStream()) {
      return json.readValue(in, new TypeReference<List<KnowledgeArticleRequest>>() {});
    }
  }
}
