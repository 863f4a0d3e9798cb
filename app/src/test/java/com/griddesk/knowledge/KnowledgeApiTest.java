package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The knowledge base's API: everyone logged in searches and reads, only knowledge editors write. The test's
 * articles carry the title mark 〔接口测试〕 and are removed before and after each test. Today is 2026-03-10.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class KnowledgeApiTest {

  static final String MARK = "〔接口测试〕";

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired KnowledgeEditing editing;

  @BeforeEach
  @AfterEach
  void removeTestArticles() {
    jdbc.queryForList("select id from gd_kb_article where title like ?", Long.class, "%" + MARK + "%")
        .forEach(id -> editing.delete(id, "test"));
  }

  @Test
  void anEditorWritesAnArticleThatAgentsThenFind() {
    Api.Response created = api.post("editor", "/api/knowledge",
        article("榫卯工艺" + MARK, "榫卯是中国传统木工的连接方式，不用钉子。", List.of("木工", "古建"), "XC"));

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.headers().getLocation()).hasToString("/api/knowledge/" + id);
    JsonNode body = created.json();
    assertThat(body.path("title").asText()).isEqualTo("榫卯工艺" + MARK);
    assertThat(texts(body.path("tags"))).containsExactly("木工", "古建");
    assertThat(body.path("serviceArea").asText()).isEqualTo("XC");
    assertThat(body.path("validFrom").asText()).isEqualTo("2026-01-01");
    assertThat(body.path("validTo").isNull()).isTrue();
    assertThat(body.path("createdBy").asText()).isEqualTo("editor");
    assertThat(body.path("createdAt").asText()).isEqualTo("2026-03-10T02:00:00Z");
    assertThat(body.path("version").asInt()).isZero();

    Api.Response read = api.get("agent", "/api/knowledge/" + id);
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(body);

    Api.Response found = search("agent", "榫卯怎么做", "XC", null);
    assertThat(found.code()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().path("on").asText()).isEqualTo("2026-03-10");
    JsonNode hit = found.json().path("items").get(0);
    assertThat(hit.path("id").asLong()).isEqualTo(id);
    assertThat(hit.path("title").asText()).isEqualTo("榫卯工艺" + MARK);
    assertThat(hit.path("snippet").asText()).isEqualTo("榫卯是中国传统木工的连接方式，不用钉子。");
    assertThat(texts(hit.path("tags"))).containsExactly("木工", "古建");
    assertThat(hit.path("serviceArea").asText()).isEqualTo("XC");
    assertThat(hit.path("score").asInt()).isEqualTo(3);
    assertThat(search("agent", "榫卯", "HP", null).json().path("items")).isEmpty();
  }

  @Test
  void anUpdateIsSearchedByItsNewTextAndAStaleOneIsRefused() {
    long id = create(article("榫卯工艺" + MARK, "榫卯是传统木工连接方式。", List.of(), null));
    Map<String, Object> changed = article("斗拱结构" + MARK, "斗拱是传统建筑构件。", List.of("古建"), null);
    changed.put("version", 0);

    Api.Response updated = api.put("editor", "/api/knowledge/" + id, changed);

    assertThat(updated.code()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("version").asInt()).isEqualTo(1);
    assertThat(updated.json().path("updatedBy").asText()).isEqualTo("editor");
    assertThat(search("agent", "榫卯", null, null).json().path("items")).isEmpty();
    assertThat(search("agent", "斗拱", null, null).json().path("items").findValuesAsText("title"))
        .containsExactly("斗拱结构" + MARK);

    Map<String, Object> stale = article("榫卯工艺" + MARK, "覆盖同事的修改", List.of(), null);
    stale.put("version", 0);
    Api.Response conflict = api.put("editor", "/api/knowledge/" + id, stale);
    assertThat(conflict.code()).as(conflict.toString()).isEqualTo(409);
    assertThat(conflict.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api.get("agent", "/api/knowledge/" + id).json().path("title").asText()).isEqualTo("斗拱结构" + MARK);
  }

  @Test
  void aDeletedArticleIsNoLongerFoundOrRead() {
    long id = create(article("榫卯工艺" + MARK, "榫卯是传统木工连接方式。", List.of(), null));
    assertThat(search("agent", "榫卯", null, null).json().path("items")).hasSize(1);

    Api.Response deleted = api.call(HttpMethod.DELETE, "editor", "editor", "/api/knowledge/" + id, null, Map.of());

    assertThat(deleted.code()).as(deleted.toString()).isEqualTo(204);
    assertThat(search("agent", "榫卯", null, null).json().path("items")).isEmpty();
    assertThat(api.get("agent", "/api/knowledge/" + id).code()).isEqualTo(404);
  }

  @Test
  void anArticleRetiredByItsValidToIsNotFoundAfterThatDay() {
    long id = create(article("榫卯工艺" + MARK, "榫卯是传统木工连接方式。", List.of(), null));
    Map<String, Object> retired = article("榫卯工艺" + MARK, "榫卯是传统木工连接方式。", List.of(), null);
    retired.put("validTo", "2026-03-09");
    retired.put("version", 0);

    assertThat(api.put("editor", "/api/knowledge/" + id, retired).code()).isEqualTo(200);

    assertThat(search("agent", "榫卯", null, null).json().path("items")).isEmpty();
    assertThat(api.get("agent", "/api/knowledge/" + id).json().path("validTo").asText()).isEqualTo("2026-03-09");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "handler-xc", "supervisor", "auditor", "demo"})
  void onlyKnowledgeEditorsWrite(String user) {
    long id = create(article("榫卯工艺" + MARK, "榫卯是传统木工连接方式。", List.of(), null));
    Map<String, Object> change = article("斗拱结构" + MARK, "改写", List.of(), null);
    change.put("version", 0);

    Api.Response post = api.post(user, "/api/knowledge", article("斗拱结构" + MARK, "新文章", List.of(), null));
    Api.Response put = api.put(user, "/api/knowledge/" + id, change);
    Api.Response delete = api.call(HttpMethod.DELETE, user, user, "/api/knowledge/" + id, null, Map.of());

    assertThat(post.code()).as(post.toString()).isEqualTo(403);
    assertThat(post.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(put.code()).isEqualTo(403);
    assertThat(delete.code()).isEqualTo(403);
    assertThat(jdbc.queryForList("select title from gd_kb_article where title like ?", String.class, "%" + MARK))
        .containsExactly("榫卯工艺" + MARK);
    assertThat(api.get(user, "/api/knowledge/" + id).code()).as("but reads").isEqualTo(200);
    assertThat(search(user, "榫卯", null, null).code()).as("and searches").isEqualTo(200);
  }

  @Test
  void withoutLoginTheKnowledgeBaseIsClosed() {
    assertThat(api.call(HttpMethod.GET, null, null, "/api/knowledge?q=电费", null, Map.of()).code())
        .isEqualTo(401);
    assertThat(api.call(HttpMethod.POST, null, null, "/api/knowledge",
        article("榫卯" + MARK, "内容", List.of(), null), Map.of()).code()).isEqualTo(401);
  }

  @Test
  void everyBadFieldOfAnArticleIsNamedAndNothingIsStored() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("title", "第一行" + MARK + "\n第二行");
    bad.put("body", "  ");
    bad.put("tags", List.of("电费", "", "电费", "这是一个超过二十个字符的非常非常长的标签名称啊", "缴费,交费"));
    bad.put("serviceArea", "xc");
    bad.put("validFrom", "2026-02-30");
    bad.put("validTo", "2025-12-31");

    Api.Response response = api.post("editor", "/api/knowledge", bad);

    assertThat(fields(response)).containsExactly("title", "body", "tags[1]", "tags[2]", "tags[3]", "tags[4]",
        "serviceArea", "validFrom");
    assertThat(jdbc.queryForObject("select count(*) from gd_kb_article where title like ?", Long.class,
        "%" + MARK + "%")).isZero();
  }

  @Test
  void datesTagsAndLengthsAreChecked() {
    Map<String, Object> inverted = article("榫卯" + MARK, "内容", List.of(), null);
    inverted.put("validTo", "2025-12-31");
    assertThat(fields(api.post("editor", "/api/knowledge", inverted))).containsExactly("validTo");

    Map<String, Object> tooMany = article("榫卯" + MARK, "内容",
        List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"), null);
    assertThat(fields(api.post("editor", "/api/knowledge", tooMany))).containsExactly("tags");

    Map<String, Object> long1 = article("题".repeat(201), "文".repeat(20_001), List.of(), null);
    long1.remove("validFrom");
    assertThat(fields(api.post("editor", "/api/knowledge", long1))).containsExactly("title", "body", "validFrom");

    Map<String, Object> longest = article("题".repeat(194) + MARK, "文".repeat(20_000), List.of(), null);
    assertThat(api.post("editor", "/api/knowledge", longest).code()).isEqualTo(201);

    assertThat(fields(api.post("editor", "/api/knowledge",
        "{\"title\":\"榫卯\",\"body\":\"内容\",\"validFrom\":\"2026-01-01\",\"author\":\"me\"}")))
        .containsExactly("author");
    assertThat(fields(api.post("editor", "/api/knowledge",
        "{\"title\":\"榫卯\",\"body\":\"内容\",\"validFrom\":\"2026-01-01\",\"tags\":\"电费\"}")))
        .containsExactly("tags");
  }

  @Test
  void anUpdateMustNameTheVersionItWasMadeOn() {
    long id = create(article("榫卯工艺" + MARK, "内容", List.of(), null));

    assertThat(fields(api.put("editor", "/api/knowledge/" + id, article("榫卯" + MARK, "新内容", List.of(), null))))
        .containsExactly("version");
  }

  @Test
  void unknownArticlesAreNotFoundAndMalformedIdsAreNamed() {
    Map<String, Object> change = article("榫卯" + MARK, "内容", List.of(), null);
    change.put("version", 0);

    Api.Response missing = api.get("agent", "/api/knowledge/999999999");
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(missing.json().path("detail").asText()).contains("999999999");
    assertThat(api.put("editor", "/api/knowledge/999999999", change).code()).isEqualTo(404);
    assertThat(api.call(HttpMethod.DELETE, "editor", "editor", "/api/knowledge/999999999", null, Map.of()).code())
        .isEqualTo(404);
    assertThat(fields(api.get("agent", "/api/knowledge/abc"))).containsExactly("id");
  }

  @Test
  void theSearchParametersAreChecked() {
    assertThat(fields(api.get("agent", "/api/knowledge"))).containsExactly("q");
    assertThat(fields(search("agent", "   ", null, null))).containsExactly("q");
    assertThat(fields(search("agent", "电".repeat(101), null, null))).containsExactly("q");
    assertThat(fields(search("agent", "电费", "xc", "0"))).containsExactly("serviceArea", "limit");
    assertThat(fields(search("agent", "电费", null, "51"))).containsExactly("limit");
    assertThat(fields(search("agent", "电费", null, "ten"))).containsExactly("limit");
    assertThat(search("agent", "电".repeat(100), null, "50").code()).isEqualTo(200);
    assertThat(search("agent", "？！", null, null).json().path("items")).isEmpty();
  }

  @Test
  void theLimitCapsTheHits() {
    for (int i = 1; i <= 3; i++) {
      create(article("榫卯" + i + MARK, "内容", List.of(), null));
    }

    assertThat(search("agent", "榫卯", null, "2").json().path("items")).hasSize(2);
    assertThat(search("agent", "榫卯", null, null).json().path("items")).hasSize(3);
  }

  private long create(Map<String, Object> article) {
    Api.Response created = api.post("editor", "/api/knowledge", article);
    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private Api.Response search(String user, String q, String serviceArea, String limit) {
    // Raw: the test client encodes the URI, as for the calendar's source parameter.
    StringBuilder path = new StringBuilder("/api/knowledge?q=").append(q);
    if (serviceArea != null) {
      path.append("&serviceArea=").append(serviceArea);
    }
    if (limit != null) {
      path.append("&limit=").append(limit);
    }
    return api.get(user, path.toString());
  }

  private static Map<String, Object> article(String title, String body, List<String> tags, String serviceArea) {
    Map<String, Object> article = new HashMap<>();
    article.put("title", title);
    article.put("body", body);
    article.put("tags", tags);
    article.put("serviceArea", serviceArea);
    article.put("validFrom", "2026-01-01");
    return article;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return response.json().path("errors").findValuesAsText("field");
  }
}
