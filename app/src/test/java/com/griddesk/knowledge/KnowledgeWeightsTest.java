package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's index terms weigh by the best field they occur in: title, then tags, then body. */
class KnowledgeWeightsTest {

  @Test
  void eachTermCountsWithItsBestField() {
    KnowledgeArticle article = new KnowledgeArticle(new KnowledgeArticleValidator.ValidArticle(
        "电费缴纳", "营业厅缴纳电费，也可以用APP。", List.of("交电费", "APP"), null, LocalDate.of(2026, 1, 1), null),
        "test", Instant.EPOCH);

    assertThat(KnowledgeIndex.terms(article)).contains(
        entry("电费", KnowledgeIndex.TITLE), entry("缴纳", KnowledgeIndex.TITLE), entry("交电", KnowledgeIndex.TAGS),
        entry("app", KnowledgeIndex.TAGS), entry("营业", KnowledgeIndex.BODY), entry("也", KnowledgeIndex.BODY));
  }

  @Test
  void tagsDoNotRunIntoEachOther() {
    KnowledgeArticle article = new KnowledgeArticle(new KnowledgeArticleValidator.ValidArticle(
        "标题", "正文", List.of("电费", "缴纳"), null, LocalDate.of(2026, 1, 1), null), "test", Instant.EPOCH);

    assertThat(KnowledgeIndex.terms(article)).containsKey("电费").containsKey("缴纳").doesNotContainKey("费缴");
  }
}
