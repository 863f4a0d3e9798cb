package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching the knowledge base in Chinese through {@link KnowledgeSearch}, as a consultation process calls it.
 * The demo articles are in the database too, so rankings are checked among this test's own articles; terms that
 * only these use (榫卯, 斗拱, 檩椽) keep other assertions to them. Every article is removed afterwards.
 */
@GridDeskTest
class KnowledgeSearchTest {

  static final String USER = "kb-search-test";
  static final LocalDate ON = LocalDate.of(2026, 3, 10);

  @Autowired KnowledgeSearch search;
  @Autowired KnowledgeEditing editing;
  @Autowired JdbcTemplate jdbc;

  final List<Long> created = new ArrayList<>();

  @BeforeEach
  @AfterEach
  void removeTestArticles() {
    ClockUtil.reset();
    jdbc.queryForList("select id from gd_kb_article where created_by = ?", Long.class, USER)
        .forEach(id -> editing.delete(id, USER));
    created.clear();
  }

  @Test
  void aQuestionFindsTheArticleThatAnswersItFirst() {
    long payment = article("电费缴纳渠道", List.of("交电费", "缴费"), "可在营业厅、银行或线上缴纳电费。");
    long invoice = article("电费发票", List.of("发票"), "交电费后可下载电子发票。");
    long tariff = article("峰谷分时电价", List.of("谷电"), "夜间用电更便宜。");

    List<KnowledgeHit> hits = own(search.search("怎么交电费", null, ON, 50));

    assertThat(hits).extracting(KnowledgeHit::id).containsExactly(payment, invoice).doesNotContain(tariff);
    // 电费 in the title (3) and 交电 in a tag (2); the invoice has 电费 in its title and 交电 in its body only.
    assertThat(hits).extracting(KnowledgeHit::score).containsExactly(5, 4);
    assertThat(hits.get(0).title()).isEqualTo("电费缴纳渠道");
    assertThat(hits.get(0).tags()).containsExactly("交电费", "缴费");
  }

  @Test
  void wordsInAnotherOrderStillMatch() {
    long payment = article("电费缴纳渠道", List.of(), "营业厅和线上渠道均可办理。");

    List<KnowledgeHit> hits = own(search.search("缴纳电费的渠道", null, ON, 50));

    assertThat(hits).extracting(KnowledgeHit::id).containsExactly(payment);
    assertThat(hits.get(0).score()).as("缴纳, 电费, 渠道 in the title").isEqualTo(9);
  }

  @Test
  void aTitleCountsMoreThanATagAndATagMoreThanTheBody() {
    long inBody = article("古建筑介绍", List.of(), "屋顶由檩椽支撑。");
    long inTags = article("屋顶结构", List.of("檩椽"), "屋顶的木构件。");
    long inTitle = article("檩椽的作用", List.of(), "承托屋面。");

    assertThat(search.search("檩椽", null, ON, 50)).extracting(KnowledgeHit::id, KnowledgeHit::score)
        .containsExactly(tuple(inTitle, 3), tuple(inTags, 2), tuple(inBody, 1));
  }

  @Test
  void amongEqualScoresTheLatestChangeComesFirst() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-01T02:00:00Z")));
    long older = article("榫卯说明甲", List.of(), "内容甲");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
    long newer = article("榫卯说明乙", List.of(), "内容乙");
    assertThat(search.search("榫卯", null, ON, 50)).extracting(KnowledgeHit::id).containsExactly(newer, older);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T02:00:00Z")));
    KnowledgeArticleView current = editing.get(older);
    editing.update(older, request("榫卯说明甲", List.of(), "内容甲（更正）", null, "2026-01-01", null,
        current.version()), USER);

    assertThat(search.search("榫卯", null, ON, 50)).extracting(KnowledgeHit::id).containsExactly(older, newer);
  }

  @Test
  void onlyArticlesValidOnTheDayAreFound() {
    long expired = article("榫卯旧规", List.of(), "已失效", null, "2026-01-01", "2026-02-28");
    long future = article("榫卯新规", List.of(), "尚未生效", null, "2026-04-01", null);
    long current = article("榫卯现行规定", List.of(), "现行", null, "2026-03-10", "2026-03-10");

    assertThat(ids(search.search("榫卯", null, ON, 50))).containsExactly(current);
    assertThat(ids(search.search("榫卯", null, LocalDate.of(2026, 2, 28), 50))).containsExactly(expired);
    assertThat(ids(search.search("榫卯", null, LocalDate.of(2026, 4, 1), 50))).containsExactly(future);
  }

  @Test
  void todayIsTheServiceCentresDay() {
    long current = article("榫卯现行规定", List.of(), "现行", null, "2026-03-10", "2026-03-10");
    // 2026-03-09 16:30 UTC is already 2026-03-10 00:30 in Beijing.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T16:30:00Z")));

    assertThat(search.today()).isEqualTo(ON);
    assertThat(ids(search.search("榫卯", null, 50))).containsExactly(current);
  }

  @Test
  void anArticleOfAnotherServiceAreaIsNotFound() {
    long everywhere = article("榫卯通用说明", List.of(), "全部区域");
    long hp = article("榫卯和平说明", List.of(), "和平区域", "HP", "2026-01-01", null);

    assertThat(ids(search.search("榫卯", "XC", ON, 50))).containsExactly(everywhere);
    assertThat(ids(search.search("榫卯", "HP", ON, 50))).containsExactlyInAnyOrder(everywhere, hp);
    assertThat(ids(search.search("榫卯", null, ON, 50))).containsExactlyInAnyOrder(everywhere, hp);
  }

  @Test
  void asciiWordsAndNumbersAreFoundInAnyCase() {
    long app = article("榫卯线上办理", List.of(), "请下载网上国网APP，或拨打95598热线。");

    assertThat(ids(own(search.search("app", null, ON, 50)))).containsExactly(app);
    assertThat(ids(own(search.search("95598", null, ON, 50)))).containsExactly(app);
    assertThat(ids(own(search.search("ＡＰＰ下载", null, ON, 50)))).containsExactly(app);
  }

  @Test
  void aSingleCharacterFindsArticlesThatContainIt() {
    long article = article("斗拱结构", List.of(), "斗拱位于柱与梁之间。");

    assertThat(ids(own(search.search("拱", null, ON, 50)))).containsExactly(article);
  }

  @Test
  void rareCharactersAndEmojiAreKeptAndFound() {
    String body = "住𠀀村（𪚥路 3 号）的客户可到村委会缴费 😀";
    long id = article("𠀀村缴费点", List.of("𪚥路"), body);

    assertThat(editing.get(id).body()).isEqualTo(body);
    assertThat(editing.get(id).tags()).containsExactly("𪚥路");
    List<KnowledgeHit> hits = search.search("𠀀村在哪缴费", null, ON, 50);
    assertThat(hits).extracting(KnowledgeHit::id).first().isEqualTo(id);
    assertThat(hits.get(0).title()).isEqualTo("𠀀村缴费点");
    assertThat(ids(search.search("𪚥", null, ON, 50))).containsExactly(id);
  }

  @Test
  void theHitShowsTheBodyAroundTheFirstMatch() {
    String body = "本文介绍古建筑的木结构。".repeat(10) + "斗拱位于柱与梁之间，起承重作用。" + "结尾说明。".repeat(10);
    article("木结构概述", List.of(), body);

    KnowledgeHit hit = search.search("斗拱", null, ON, 50).get(0);

    assertThat(hit.snippet()).startsWith("…").contains("斗拱位于柱与梁之间").endsWith("…");
  }

  @Test
  void aCustomersLongQuestionIsSearchedByAFewTermsAndStillFindsTheAnswer() {
    long payment = article("电费缴纳渠道", List.of("交电费"), "可在营业厅、银行或线上缴纳电费。");
    long invoice = article("电费发票", List.of("发票"), "交电费后可下载电子发票。");
    StringBuilder question = new StringBuilder();
    while (question.length() < 1900) {
      question.append("我家住在老城区的一栋六层楼里，邻居们平时都很和睦，楼道里经常有人聊天。上个月家里来了客人，孩子放暑假"
          + "也在家，空调和热水器几乎整天开着。我平时上班很忙，很少注意这些事情，昨天收到短信才想起来。");
    }
    question.append("请问我怎么交电费？交电费可以在手机上交电费吗？呣嘸呣嘸");
    assertThat(question.length()).isBetween(1900, 2100);

    List<String> terms = search.searchTerms(question.toString());
    List<KnowledgeHit> hits = own(search.search(question.toString(), "XC", ON, 10));

    assertThat(terms).hasSizeLessThanOrEqualTo(KnowledgeSearch.MAX_TERMS).contains("电费", "交电")
        .as("terms no article contains are not searched").doesNotContain("呣嘸", "嘸呣");
    assertThat(hits).extracting(KnowledgeHit::id).startsWith(payment, invoice);
  }

  @Test
  void nothingToSearchFindsNothing() {
    article("榫卯", List.of(), "内容");

    assertThat(search.search(null, null, ON, 10)).isEmpty();
    assertThat(search.search("？！……", null, ON, 10)).isEmpty();
    assertThatThrownBy(() -> search.search("榫卯", null, ON, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> search.search("榫卯", null, ON, KnowledgeSearch.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLimitCapsTheHits() {
    article("榫卯一", List.of(), "一");
    article("榫卯二", List.of(), "二");
    article("榫卯三", List.of(), "三");

    assertThat(search.search("榫卯", null, ON, 2)).hasSize(2);
  }

  @Test
  void aChangedArticleIsFoundByItsNewTextOnly() {
    long id = article("榫卯工艺", List.of("木工"), "榫卯是中国传统木工连接方式。");
    assertThat(ids(search.search("榫卯", null, ON, 50))).containsExactly(id);

    editing.update(id, request("斗拱结构", List.of("古建"), "斗拱是传统建筑构件。", null, "2026-01-01", null,
        editing.get(id).version()), USER);

    assertThat(ids(search.search("榫卯", null, ON, 50))).isEmpty();
    assertThat(ids(search.search("斗拱", null, ON, 50))).containsExactly(id);
    assertThat(terms(id)).contains("斗拱", "古建").doesNotContain("榫卯", "木工");
  }

  @Test
  void aDeletedArticleAndItsTermsAreGone() {
    long id = article("榫卯工艺", List.of(), "榫卯是中国传统木工连接方式。");
    assertThat(terms(id)).isNotEmpty();

    editing.delete(id, USER);

    assertThat(ids(search.search("榫卯", null, ON, 50))).isEmpty();
    assertThat(terms(id)).isEmpty();
  }

  private long article(String title, List<String> tags, String body) {
    return article(title, tags, body, null, "2026-01-01", null);
  }

  private long article(String title, List<String> tags, String body, String area, String from, String to) {
    long id = editing.create(request(title, tags, body, area, from, to, null), USER).id();
    created.add(id);
    return id;
  }

  private static KnowledgeArticleRequest request(String title, List<String> tags, String body, String area,
      String from, String to, Integer version) {
    return new KnowledgeArticleRequest(title, body, tags, area, from, to, version);
  }

  /** The hits among this test's articles, in their order. */
  private List<KnowledgeHit> own(List<KnowledgeHit> hits) {
    Set<Long> mine = Set.copyOf(created);
    return hits.stream().filter(hit -> mine.contains(hit.id())).toList();
  }

  private static List<Long> ids(List<KnowledgeHit> hits) {
    return hits.stream().map(KnowledgeHit::id).toList();
  }

  private List<String> terms(long id) {
    return jdbc.queryForList("select term from gd_kb_term where article_id = ?", String.class, id);
  }
}
