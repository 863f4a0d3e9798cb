package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The extract of an article's body that a hit shows. */
class KnowledgeSnippetTest {

  static final String FILLER = "供电企业为客户提供优质服务。".repeat(10);

  @Test
  void theExtractShowsTheFirstMatchWithSomeTextBefore() {
    String body = FILLER + "客户可在营业厅缴纳电费，也可线上办理。" + FILLER;

    String snippet = Snippet.of(body, List.of("缴纳", "电费"));

    assertThat(snippet).startsWith(Snippet.CUT).endsWith(Snippet.CUT).contains("营业厅缴纳电费");
    assertThat(snippet.codePointCount(0, snippet.length())).isLessThanOrEqualTo(Snippet.LENGTH + 2);
    assertThat(snippet.indexOf("缴纳")).isBetween(Snippet.BEFORE - 2, Snippet.BEFORE + 2);
  }

  @Test
  void withoutAMatchInTheBodyTheExtractIsItsBeginning() {
    String snippet = Snippet.of("第一行\n\n第二行   第三行", List.of("电费"));

    assertThat(snippet).isEqualTo("第一行 第二行 第三行");
  }

  @Test
  void aMatchNearTheEndStillGivesAFullExtract() {
    String snippet = Snippet.of(FILLER + "缴纳电费", List.of("电费"));

    assertThat(snippet).startsWith(Snippet.CUT).endsWith("缴纳电费");
    assertThat(snippet.codePointCount(0, snippet.length())).isEqualTo(Snippet.LENGTH + 1);
  }

  @Test
  void wordsMatchWholeAndAsWrittenInTheBody() {
    String body = "我很happy。" + "请耐心等待。".repeat(20) + "下载ＡＰＰ即可查询。";

    String snippet = Snippet.of(body, List.of("app"));

    assertThat(snippet).doesNotContain("happy").contains("下载ＡＰＰ即可");
  }
}
