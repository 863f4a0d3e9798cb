package com.griddesk.knowledge;

/** No article with the id asked for (never written, or deleted). */
public class KnowledgeArticleNotFoundException extends RuntimeException {

  public KnowledgeArticleNotFoundException(long id) {
    super("知识库中没有编号为 " + id + " 的文章");
  }
}
