package com.griddesk.consultation;

import com.griddesk.cases.ServiceCase;
import com.griddesk.knowledge.KnowledgeArticle;
import com.griddesk.knowledge.KnowledgeArticleRepository;
import com.griddesk.knowledge.KnowledgeSearch;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which article may be marked as a consultation's answer: one the knowledge base holds, valid today and for the
 * case's service area (every suggestion is, unless an editor changed it since; the agent may also choose an
 * article they found themselves).
 */
@Component
public class AnswerArticles {

  private final KnowledgeArticleRepository articles;
  private final KnowledgeSearch search;

  public AnswerArticles(KnowledgeArticleRepository articles, KnowledgeSearch search) {
    this.articles = articles;
    this.search = search;
  }

  /** The article, or why it cannot be the answer (a message for the agent or the channel system). */
  public Choice check(ServiceCase serviceCase, Object articleId) {
    Long id = id(articleId);
    if (id == null) {
      return Choice.refused("请选择作为答复的知识库文章（文章编号应为正整数）");
    }
    Optional<KnowledgeArticle> found = articles.findById(id);
    if (found.isEmpty()) {
      return Choice.refused("知识库中没有编号为 " + id + " 的文章");
    }
    KnowledgeArticle article = found.get();
    LocalDate today = search.today();
    if (article.getValidFrom().isAfter(today) || (article.getValidTo() != null && article.getValidTo().isBefore(today))) {
      return Choice.refused("编号为 " + id + " 的文章今天不在有效期内");
    }
    if (article.getServiceArea() != null && !article.getServiceArea().equals(serviceCase.getServiceArea())) {
      return Choice.refused("编号为 " + id + " 的文章不适用于本工单的供电单位");
    }
    return new Choice(article, null);
  }

  /** A positive whole number, as a number or as its digits (a form's select submits text). */
  static Long id(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long id = ((Number) value).longValue();
      return id > 0 ? id : null;
    }
    if (value instanceof String text && text.strip().matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(text.strip());
    }
    return null;
  }

  /** Either an article or the reason there is none. */
  public record Choice(KnowledgeArticle article, String problem) {

    static Choice refused(String problem) {
      return new Choice(null, problem);
    }

    public boolean accepted() {
      return article != null;
    }
  }
}
