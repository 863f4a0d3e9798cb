package com.griddesk.knowledge;

/** An editor changed an article that someone else changed since they read it: 409, nothing is stored. */
public class StaleArticleException extends RuntimeException {

  public StaleArticleException(long id) {
    super("文章 " + id + " 已被他人修改，未做任何修改，请重新打开后再改");
  }
}
