package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Api;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clocks page (/cases/{caseNo}/clocks) as a handler uses it from Tasklist: logged in by the Tasklist session,
 * every change a form POST with the page's CSRF token, the same rules and answers as the JSON API.
 */
@GridDeskTest
class ClockPausePageTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired Complaints complaints;
  @Autowired Api api;

  Instant start;
  ServiceCase xcCase;

  @BeforeEach
  void openComplaint() {
    start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    now(start);
    xcCase = complaints.open("XC", start.minusSeconds(60));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void handlerPausesAndResumesFromThePage() throws Exception {
    HttpClient handler = tasklistLogin("handler-xc");
    Instant firstContactDue = instant(read().path("slas").get(0), "dueAt");

    HttpResponse<String> page = handler.send(get(page()), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains(xcCase.getCaseNo()).contains("待联系客户").contains("首次联系").contains("办结")
        .contains("计时中").contains("客户预约其他时间").contains("暂停计时").doesNotContain("驳回暂停");

    HttpResponse<String> paused = post(handler, Map.of("_csrf", token(page.body()), "action", "pause",
        "reason", "CUSTOMER_APPOINTMENT", "note", "客户要求下午再联系"));
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(303);
    assertThat(paused.headers().firstValue("Location")).hasValue("/cases/" + xcCase.getCaseNo() + "/clocks?done=pause");
    assertThat(states()).containsExactly("PAUSED", "PAUSED");
    JsonNode pause = read().path("pauses").get(0);
    assertThat(pause.path("pausedBy").asText()).isEqualTo("handler-xc");
    assertThat(pause.path("note").asText()).isEqualTo("客户要求下午再联系");

    page = handler.send(get(page() + "?done=pause"), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("已暂停计时。").contains("已暂停").contains("客户要求下午再联系").contains("暂停中")
        .contains("value=\"HANDLER\"").doesNotContain("name=\"reason\"");

    now(start.plusSeconds(3600));
    HttpResponse<String> resumed = post(handler, Map.of("_csrf", token(page.body()), "action", "resume",
        "cause", "HANDLER"));
    assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(303);
    JsonNode view = read();
    assertThat(view.path("slas").findValuesAsText("state")).containsExactly("RUNNING", "RUNNING");
    assertThat(instant(view.path("slas").get(0), "dueAt")).isEqualTo(firstContactDue.plusSeconds(3600));
    assertThat(view.path("pauses").get(0).path("cause").asText()).isEqualTo("HANDLER");
    assertThat(handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body())
        .contains("处理单位恢复").contains("1 小时 0 分钟");
  }

  @Test
  void aPostWithoutTheRightCsrfTokenChangesNothing() throws Exception {
    HttpClient handler = tasklistLogin("handler-xc");
    String token = token(handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body());
    Map<String, String> pause = Map.of("action", "pause", "reason", "DOCUMENTS_MISSING", "note", "缺少身份证复印件");

    HttpResponse<String> without = post(handler, pause);
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("CSRF");
    Map<String, String> wrong = new LinkedHashMap<>(pause);
    wrong.put("_csrf", token.substring(0, token.length() - 4) + "AAAA");
    assertThat(post(handler, wrong).statusCode()).isEqualTo(403);
    // Another browser's token is no good either: the token belongs to the session.
    HttpClient other = tasklistLogin("handler-xc");
    Map<String, String> foreign = new LinkedHashMap<>(pause);
    foreign.put("_csrf", token(other.send(get(page()), HttpResponse.BodyHandlers.ofString()).body()));
    assertThat(post(handler, foreign).statusCode()).isEqualTo(403);

    assertThat(states()).containsExactly("RUNNING", "RUNNING");
    assertThat(read().path("pauses")).isEmpty();
  }

  @Test
  void withoutATasklistSessionThePageAsksForALogin() throws Exception {
    HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> answer = anonymous.send(get(page()), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("/camunda/app/tasklist/default/");
    HttpResponse<String> basic = anonymous.send(HttpRequest.newBuilder(uri(page()))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("handler-xc:handler-xc"
            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode()).isEqualTo(401);
  }

  @Test
  void aHandlerOfAnotherUnitGets404AndChangesNothing() throws Exception {
    ServiceCase hpCase = complaints.open("HP", start.minusSeconds(60));
    HttpClient hp = tasklistLogin("handler-hp");
    HttpResponse<String> own = hp.send(get("/cases/" + hpCase.getCaseNo() + "/clocks"),
        HttpResponse.BodyHandlers.ofString());
    assertThat(own.statusCode()).isEqualTo(200);

    HttpResponse<String> page = hp.send(get(page()), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("工单不存在");
    HttpResponse<String> pause = post(hp, Map.of("_csrf", token(own.body()), "action", "pause",
        "reason", "DOCUMENTS_MISSING", "note", "x"));
    assertThat(pause.statusCode()).isEqualTo(404);
    assertThat(states()).containsExactly("RUNNING", "RUNNING");
  }

  @Test
  void errorsAreShownOnThePageAndChangeNothing() throws Exception {
    HttpClient handler = tasklistLogin("handler-xc");
    String token = token(handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body());

    HttpResponse<String> invalid = post(handler, Map.of("_csrf", token, "action", "pause", "note", " "));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("填写内容不正确").contains("暂停原因：必填").contains("暂停说明：必填");

    HttpResponse<String> notPaused = post(handler, Map.of("_csrf", token, "action", "resume", "cause", "HANDLER"));
    assertThat(notPaused.statusCode()).isEqualTo(409);
    assertThat(notPaused.body()).contains("的计时没有暂停");

    assertThat(states()).containsExactly("RUNNING", "RUNNING");
    assertThat(read().path("pauses")).isEmpty();

    // The hotline may only report that the customer answered; resuming on its own is the handler's call.
    assertThat(post(handler, Map.of("_csrf", token, "action", "pause", "reason", "CUSTOMER_UNREACHABLE",
        "note", "电话无人接听")).statusCode()).isEqualTo(303);
    HttpClient agent = tasklistLogin("agent");
    HttpResponse<String> agentPage = agent.send(get(page()), HttpResponse.BodyHandlers.ofString());
    assertThat(agentPage.statusCode()).isEqualTo(200);
    assertThat(agentPage.body()).contains("客户已答复，恢复计时").doesNotContain("value=\"HANDLER\"")
        .doesNotContain("驳回暂停");
    HttpResponse<String> forbidden = post(agent, Map.of("_csrf", token(agentPage.body()), "action", "resume",
        "cause", "HANDLER"));
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("当前账号无权执行此操作");
    assertThat(states()).containsExactly("PAUSED", "PAUSED");

    HttpResponse<String> answered = post(agent, Map.of("_csrf", token(agentPage.body()), "action", "resume",
        "cause", "CUSTOMER_ANSWERED"));
    assertThat(answered.statusCode()).isEqualTo(303);
    assertThat(states()).containsExactly("RUNNING", "RUNNING");
    assertThat(read().path("pauses").get(0).path("cause").asText()).isEqualTo("CUSTOMER_ANSWERED");
  }

  @Test
  void aSupervisorRejectsAPauseFromThePage() throws Exception {
    HttpClient handler = tasklistLogin("handler-xc");
    Instant firstContactDue = instant(read().path("slas").get(0), "dueAt");
    String token = token(handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(post(handler, Map.of("_csrf", token, "action", "pause", "reason", "DOCUMENTS_MISSING",
        "note", "缺少房产证明")).statusCode()).isEqualTo(303);
    now(start.plusSeconds(7200));

    HttpClient supervisor = tasklistLogin("supervisor");
    HttpResponse<String> page = supervisor.send(get(page()), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("驳回暂停").doesNotContain("value=\"HANDLER\"");
    String supervisorToken = token(page.body());
    HttpResponse<String> empty = post(supervisor, Map.of("_csrf", supervisorToken, "action", "reject"));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("驳回意见：必填");
    assertThat(post(handler, Map.of("_csrf", token, "action", "reject", "comment", "x")).statusCode())
        .isEqualTo(403);

    HttpResponse<String> rejected = post(supervisor, Map.of("_csrf", supervisorToken, "action", "reject",
        "comment", "投诉无需客户补充资料"));
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(303);
    JsonNode view = read();
    assertThat(view.path("slas").findValuesAsText("state")).containsExactly("RUNNING", "RUNNING");
    assertThat(instant(view.path("slas").get(0), "dueAt")).isEqualTo(firstContactDue);
    assertThat(view.path("pauses").get(0).path("cause").asText()).isEqualTo("SUPERVISOR_REJECTED");
    assertThat(view.path("pauses").get(0).path("resumedBy").asText()).isEqualTo("supervisor");
    assertThat(supervisor.send(get(page()), HttpResponse.BodyHandlers.ofString()).body())
        .contains("主管驳回").contains("投诉无需客户补充资料");
  }

  @Test
  void notesAreEscaped() throws Exception {
    HttpClient handler = tasklistLogin("handler-xc");
    String token = token(handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body());
    String note = "<script>alert('x')</script> & \"引号\"";
    assertThat(post(handler, Map.of("_csrf", token, "action", "pause", "reason", "CUSTOMER_UNREACHABLE",
        "note", note)).statusCode()).isEqualTo(303);

    String html = handler.send(get(page()), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;");
    assertThat(read().path("pauses").get(0).path("note").asText()).isEqualTo(note);

    // A rejected note comes back into the form escaped as well.
    HttpClient supervisor = tasklistLogin("supervisor");
    HttpResponse<String> bad = post(supervisor, Map.of("_csrf", token(supervisor.send(get(page()),
        HttpResponse.BodyHandlers.ofString()).body()), "action", "reject", "comment", "</textarea><script>x</script>"
        + "\u0001"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain("<script>").contains("&lt;/textarea&gt;&lt;script&gt;");
  }

  private HttpResponse<String> post(HttpClient browser, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
            StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return browser.send(HttpRequest.newBuilder(uri(page()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as(html).isTrue();
    return matcher.group(1);
  }

  private List<String> states() {
    return read().path("slas").findValuesAsText("state");
  }

  private JsonNode read() {
    Api.Response read = api.get("supervisor", "/api/cases/" + xcCase.getCaseNo());
    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    return read.json();
  }

  private String page() {
    return "/cases/" + xcCase.getCaseNo() + "/clocks";
  }

  private HttpClient tasklistLogin(String user) throws Exception {
    return TasklistSession.login(port, user);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return TasklistSession.uri(port, path);
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(node.path(field).asText());
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
