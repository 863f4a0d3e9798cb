package com.griddesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.ComplaintJourney;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import com.griddesk.support.WebappSession;
import com.griddesk.support.WorkOrders;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The case page (/cases/{caseNo}) as staff open it from Tasklist: a complaint that was urged, paused, missed its
 * first contact and was escalated, reopened by a dissatisfied callback and closed with a survey, shown in Chinese
 * with every step of its timeline in order, the customer masked and everything users typed escaped; and shown
 * only to those who may read the case.
 */
@GridDeskTest
class CasePageTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-05-12T09:00:00+08:00").toInstant();
  static final Pattern ROW = Pattern.compile("<tr class=\"entry [^\"]*\">(.*?)</tr>");
  static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired ComplaintJourney journey;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void showsTheWholeCaseAndItsTimelineInChineseInOrder() throws Exception {
    now(RECEIVED.plusSeconds(60));
    String accountNo = CaseBodies.uniqueAccountNo();
    Api.Response created = api.post("agent", "/api/cases",
        CaseBodies.complaint(accountNo).put("receivedAt", "2026-05-12T09:00:00+08:00"));
    String caseNo = created.json().path("caseNo").asText();
    String surveyToken = created.headers().getFirst("Survey-Token");
    now(RECEIVED.plusSeconds(600));
    assertThat(api.post("agent", "/api/cases/" + caseNo + "/urge",
        Map.of("channel", "WECHAT", "note", "<b>催办</b>客户再次来电")).code()).isEqualTo(200);
    ComplaintJourney.Walked walked = journey.walk(caseNo, RECEIVED.plusSeconds(1800), RECEIVED.plusSeconds(5400),
        new ComplaintJourney.Texts("<i>客户要求稍后联系</i>", "<script>alert(1)</script>已联系客户",
            "督促 & 跟进", "<img src=x onerror=alert(1)>问题没有解决"));
    now(walked.finishedAt().plusSeconds(60));
    assertThat(api.call(HttpMethod.POST, null, null, "/api/cases/" + caseNo + "/survey",
        Map.of("token", surveyToken, "score", 5, "comment", "<u>满意</u>"), Map.of()).code()).isEqualTo(200);

    HttpResponse<String> page = auditorSession().browser().send(get("/cases/" + caseNo),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
    String html = page.body();
    assertThat(html).contains("工单 " + caseNo + " · 投诉", "已办结", "客户满意", "营业厅服务态度差", "95598 热线",
        "西城供电所", "张*", "138****5678", "href=\"/cases\">返回工单查询", "href=\"/cases/" + caseNo + "/clocks\"");
    assertThat(html).doesNotContain(CaseBodies.NAME, CaseBodies.PHONE);
    // SLA clocks with their state, the escalation, the urge, the callbacks and the survey.
    assertThat(html).contains("首次联系", "已超时", "督促 &amp; 跟进", "&lt;b&gt;催办&lt;/b&gt;客户再次来电", "微信",
        "回访记录", "不满意", "&lt;img src=x onerror=alert(1)&gt;问题没有解决", "5 分", "&lt;u&gt;满意&lt;/u&gt;",
        "&lt;i&gt;客户要求稍后联系&lt;/i&gt;");
    assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>催办", "<u>满意", "<i>客户要求");

    List<List<String>> rows = timelineRows(html);
    List<String> events = rows.stream().map(row -> row.get(3) + "|" + row.get(4) + "|" + row.get(5)).toList();
    assertThat(events).containsSubsequence(
        "受理登记||agent",
        "流程启动||agent",
        "客户催办||agent",
        "暂停计时||handler-xc",
        "恢复计时||handler-xc",
        "时限超时||系统",
        "超时升级督办||系统",
        "认领任务|联系客户|handler-xc",
        "提交表单|联系客户|handler-xc",
        "完成任务|联系客户|handler-xc",
        "督办完成||supervisor",
        "完成任务|审核|supervisor",
        "提交表单|回访|callback",
        "环节完成|重办|系统",
        "完成任务|审核|supervisor",
        "完成任务|回访|callback",
        "客户提交满意度评价||客户");
    // Numbered 1, 2, ... in order; times in Beijing time to the second; process and version named.
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).get(0)).isEqualTo(String.valueOf(i + 1));
    }
    assertThat(rows).filteredOn(row -> row.get(3).equals("受理登记")).singleElement()
        .satisfies(row -> assertThat(row.get(1)).isEqualTo("2026-05-12 09:01:00"));
    assertThat(rows).filteredOn(row -> row.get(3).equals("流程启动")).extracting(row -> row.get(6))
        .anySatisfy(process -> assertThat(process).startsWith("投诉处理（complaint v"))
        .anySatisfy(process -> assertThat(process).startsWith("回访（callback v"));
    assertThat(rows).filteredOn(row -> row.get(3).equals("提交表单") && row.get(4).equals("联系客户")).singleElement()
        .satisfies(row -> assertThat(row.get(7)).contains("联系情况：&lt;script&gt;alert(1)&lt;/script&gt;已联系客户"));
    assertThat(rows).filteredOn(row -> row.get(3).equals("暂停计时")).singleElement()
        .satisfies(row -> assertThat(row.get(7)).contains("原因：客户预约其他时间"));
    // Every kind of step the timeline holds has its Chinese words: no code is shown as the event.
    JsonNode timeline = api.get("auditor", "/api/cases/" + caseNo + "/timeline").json().path("entries");
    assertThat(rows).hasSize(timeline.size());
    for (JsonNode entry : timeline) {
      assertThat(events).noneMatch(event -> event.startsWith(entry.path("kind").asText() + "|"));
    }
  }

  @Test
  void anOpenCaseShowsItsTasksAndRunningClocks() throws Exception {
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();

    String html = WebappSession.login(port, "handler-xc", "tasklist").browser()
        .send(get("/cases/" + caseNo), HttpResponse.BodyHandlers.ofString()).body();

    assertThat(html).contains("待联系客户", "<td>联系客户</td><td>handlers-xc</td><td>（未认领）</td>", "计时中", "办结",
        "（尚未回访）", "客户未催办。", "没有超时督办。");
  }

  @Test
  void visibleExactlyToThoseWhoMayReadTheCase() throws Exception {
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();

    for (String reader : List.of("handler-xc", "agent", "supervisor", "callback", "auditor", "demo")) {
      HttpResponse<String> page = WebappSession.login(port, reader, reader.equals("auditor") ? "cockpit" : "tasklist")
          .browser().send(get("/cases/" + caseNo), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).as(reader).isEqualTo(200);
      assertThat(page.body()).as(reader).contains(caseNo, "营业厅服务态度差");
    }

    HttpClient otherUnit = WebappSession.login(port, "handler-hp", "tasklist").browser();
    HttpResponse<String> refused = otherUnit.send(get("/cases/" + caseNo), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknown = otherUnit.send(get("/cases/TS20260512999999"), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("营业厅服务态度差")
        .isEqualTo(unknown.body().replace("TS20260512999999", caseNo));

    HttpResponse<String> markup = otherUnit.send(get("/cases/%3Cscript%3Ealert(1)"), HttpResponse.BodyHandlers.ofString());
    assertThat(markup.statusCode()).isEqualTo(404);
    assertThat(markup.body()).contains("&lt;script&gt;alert(1)").doesNotContain("<script>");

    HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> noLogin = anonymous.send(get("/cases/" + caseNo), HttpResponse.BodyHandlers.ofString());
    assertThat(noLogin.statusCode()).isEqualTo(401);
    assertThat(noLogin.body()).contains("/camunda/app/tasklist/default/").doesNotContain("营业厅服务态度差");
    assertThat(api.get("auditor", "/cases/" + caseNo).code()).as("HTTP Basic is no login here").isEqualTo(401);
  }

  @Test
  void aReportsReporterIsShownOnlyToThoseWhoMayKnowThem() throws Exception {
    String accountNo = CaseBodies.uniqueAccountNo();
    String report = api.openCase(WorkOrders.body("REPORT", "STAFF_MISCONDUCT", accountNo, "XC"))
        .path("caseNo").asText();

    String asAuditor = auditorSession().browser().send(get("/cases/" + report), HttpResponse.BodyHandlers.ofString())
        .body();
    String asHandler = WebappSession.login(port, "handler-xc", "tasklist").browser()
        .send(get("/cases/" + report), HttpResponse.BodyHandlers.ofString()).body();

    assertThat(asAuditor).contains("张*", "138****5678", accountNo).doesNotContain(CaseBodies.NAME, CaseBodies.PHONE);
    assertThat(asHandler).contains("（举报人信息保密）").doesNotContain("张*", "138****5678", accountNo);
  }

  private WebappSession auditorSession() throws Exception {
    return WebappSession.login(port, "auditor", "cockpit");
  }

  /** The cells of each row of the timeline table, as text (still HTML-escaped). */
  private static List<List<String>> timelineRows(String html) {
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1));
      }
      rows.add(cells);
    }
    return rows;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(TasklistSession.uri(port, path)).GET().build();
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
