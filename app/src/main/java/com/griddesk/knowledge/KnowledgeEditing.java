package com.griddesk.knowledge;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.sla.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge editors write, change and delete articles; each change rewrites the article's search terms in the same
 * transaction. A change must name the version it was made on, so an editor never overwrites a colleague's
 * correction unseen. To retire an article but keep it, set its validTo.
 */
@Service
public class KnowledgeEditing {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeEditing.class);

  private final KnowledgeArticleRepository articles;
  private final KnowledgeIndex index;
  private final BusinessClock clock;
  private final AuditLog audit;

  public KnowledgeEditing(KnowledgeArticleRepository articles, KnowledgeIndex index, BusinessClock clock, AuditLog audit) {
    this.audit = audit;
    this.articles = articles;
    this.index = index;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public KnowledgeArticleView get(long id) {
    return KnowledgeArticleView.of(find(id));
  }

  @Transactional
  public KnowledgeArticleView create(KnowledgeArticleRequest request, String user) {
    KnowledgeArticleValidator.ValidArticle content = KnowledgeArticleValidator.validate(request, false);
    KnowledgeArticle article = articles.saveAndFlush(new KnowledgeArticle(content, user, clock.now()));
    index.write(article);
    audit.record(user, AuditAction.KNOWLEDGE_CHANGED, null, "article", article.getId(), "change", "CREATED",
        "version", article.getVersion());
    log.info("knowledge article {} created by {}: {}", article.getId(), user, article.getTitle());
    return KnowledgeArticleView.of(article);
  }

  /** Order of checks: the article exists (404), the request is valid (400), it was made on the current version (409). */
  @Transactional
  public KnowledgeArticleView update(long id, KnowledgeArticleRequest request, String user) {
    KnowledgeArticle article = find(id);
    KnowledgeArticleValidator.ValidArticle content = KnowledgeArticleValidator.validate(request, true);
    if (request.version() != article.getVersion()) {
      throw new StaleArticleException(id);
    }
    article.update(content, user, clock.now());
    try {
      // Flushed now: a colleague's change committed since we read the article fails here, before the index moves.
      articles.saveAndFlush(article);
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new StaleArticleException(id);
    }
    index.write(article);
    audit.record(user, AuditAction.KNOWLEDGE_CHANGED, null, "article", id, "change", "UPDATED",
        "version", article.getVersion());
    log.info("knowledge article {} changed by {} (version {})", id, user, article.getVersion());
    return KnowledgeArticleView.of(article);
  }

  @Transactional
  public void delete(long id, String user) {
    KnowledgeArticle article = find(id);
    index.remove(id);
    articles.delete(article);
    articles.flush();
    audit.record(user, AuditAction.KNOWLEDGE_CHANGED, null, "article", id, "change", "DELETED");
    log.info("knowledge article {} deleted by {}: {}", id, user, article.getTitle());
  }

  private KnowledgeArticle find(long id) {
    return articles.findById(id).orElseThrow(() -> new KnowledgeArticleNotFoundException(id));
  }
}
