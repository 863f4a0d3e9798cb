package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.demo.DemoKnowledge;
import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo knowledge base answers the questions customers ask the hotline, as an agent searches it (the test
 * profile loads the demo data). Today is 2026-03-10.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class KnowledgeDemoArticlesTest {

  @Autowired Api api;
  @Autowired DemoKnowledge demo;
  @Autowired JdbcTemplate jdbc;

  @Test
  void customersQuestionsFindTheArticleThatAnswersThem() {
    assertThat(firstTitle("怎么交电费", null)).isEqualTo("电费缴纳方式");
    assertThat(firstTitle("缴纳电费", null)).isEqualTo("电费缴纳方式");
    assertThat(firstTitle("交了钱什么时候来电", "XC")).isEqualTo("欠费停电与复电");
    assertThat(firstTitle("感觉电表走得快", "XC")).isEqualTo("电能表校验申请");
    assertThat(firstTitle("屋顶装光伏怎么并网", "HP")).isEqualTo("分布式光伏并网");
    assertThat(firstTitle("电视机烧坏了能赔偿吗", null)).isEqualTo("家用电器损坏理赔");
    assertThat(firstTitle("买了二手房要改户名", null)).isEqualTo("过户更名办理");
    assertThat(firstTitle("装充电桩跳闸", null)).isEqualTo("用电增容办理");
    assertThat(firstTitle("电子发票在哪下载", null)).isEqualTo("电费发票开具");
  }

  @Test
  void anOfficesOwnArticleIsFoundForItsAreaOnly() {
    assertThat(titles("营业厅营业时间", "XC")).contains("西城供电所营业厅地址与营业时间")
        .doesNotContain("和平供电所营业厅地址与营业时间");
    assertThat(titles("营业厅营业时间", "HP")).contains("和平供电所营业厅地址与营业时间")
        .doesNotContain("西城供电所营业厅地址与营业时间");
  }

  @Test
  void anExpiredArticleIsNotFound() {
    assertThat(titles("有序用电", null)).doesNotContain("2025年迎峰度夏有序用电安排");
  }

  @Test
  void loadingTheDemoArticlesAgainAddsNothing() throws Exception {
    List<String> before = jdbc.queryForList("select title from gd_kb_article", String.class);

    demo.run(null);

    assertThat(jdbc.queryForList("select title from gd_kb_article", String.class))
        .containsExactlyInAnyOrderElementsOf(before)
        .containsOnlyOnce("电费缴纳方式", "峰谷分时电价", "居民阶梯电价", "2025年迎峰度夏有序用电安排");
  }

  private String firstTitle(String q, String serviceArea) {
    List<String> titles = titles(q, serviceArea);
    assertThat(titles).as(q).isNotEmpty();
    return titles.get(0);
  }

  private List<String> titles(String q, String serviceArea) {
    Api.Response response = api.get("agent", "/api/knowledge?q=" + q
        + (serviceArea == null ? "" : "&serviceArea=" + serviceArea));
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    JsonNode items = response.json().path("items");
    return items.findValuesAsText("title");
  }
}
