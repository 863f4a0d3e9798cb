package com.griddesk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Who may see the supervision dashboard: the central supervisors, auditors and administrators, through the API with
 * HTTP Basic or with their Tasklist session, and as the page /supervision. Everyone else is refused, a unit's own
 * supervisors included; nothing of it is served without a login.
 */
@GridDeskTest
class SupervisionAccessTest {

  static final String API = "/api/supervision/dashboard";

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void supervisorsAuditorsAndAdministratorsReadTheFigures() {
    for (String user : List.of("supervisor", "auditor", "demo")) {
      Api.Response response = api.get(user, API);

      assertThat(response.code()).as(user + ": " + response).isEqualTo(200);
      assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
      assertThat(response.json().path("generatedAt").isTextual()).isTrue();
      assertThat(response.headers().getCacheControl()).contains("no-store");
    }
  }

  @Test
  void everyoneElseIsRefused() {
    for (String user : List.of("handler-xc", "agent", "crew-xc", "callback", "editor", "county")) {
      Api.Response response = api.get(user, API);

      assertThat(response.code()).as(user + ": " + response).isEqualTo(403);
      assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  void withoutALoginItIs401AndAPagesScriptGetsNoBasicChallenge() {
    Api.Response anonymous = api.call(HttpMethod.GET, null, null, API, null, Map.of());
    Api.Response script = api.call(HttpMethod.GET, null, null, API, null,
        Map.of("X-Requested-With", "XMLHttpRequest"));

    assertThat(anonymous.code()).isEqualTo(401);
    assertThat(anonymous.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(script.code()).isEqualTo(401);
    assertThat(script.headers().containsKey("WWW-Authenticate"))
        .as("a browser would answer a challenge with its own login dialog").isFalse();
  }

  @Test
  void theApiOnlyReads() {
    Api.Response post = api.post("supervisor", API, Map.of());

    assertThat(post.code()).as(post.toString()).isEqualTo(405);
  }

  @Test
  void theSupervisorsTasklistSessionOpensThePageItsScriptsAndItsFigures() throws Exception {
    HttpClient browser = TasklistSession.login(port, "supervisor");

    HttpResponse<String> page = get(browser, "/supervision");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/html").contains("UTF-8"));
    assertThat(page.body()).contains("<title>督办看板 - GridDesk</title>").contains("当前用户：supervisor")
        .contains("最后更新时间").contains(">刷新</button>").contains("data-refresh-seconds=\"5\"")
        .contains("data-api=\"" + API + "\"").contains("src=\"" + SupervisionPage.ECHARTS + "\"")
        .contains("src=\"/supervision/dashboard.js\"").contains("href=\"/supervision/dashboard.css\"");

    HttpResponse<String> script = get(browser, "/supervision/dashboard.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .contains("javascript"));
    assertThat(script.body()).contains("X-Requested-With").contains("登录已过期");
    assertThat(get(browser, "/supervision/dashboard.css").statusCode()).isEqualTo(200);
    HttpResponse<String> echarts = get(browser, SupervisionPage.ECHARTS);
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts").hasSizeGreaterThan(500_000);

    HttpResponse<String> figures = get(browser, API);
    assertThat(figures.statusCode()).isEqualTo(200);
    assertThat(figures.body()).contains("\"openCases\"").contains("\"arrivals\"");
  }

  @Test
  void theAuditorsSessionOpensThePageToo() throws Exception {
    HttpClient browser = TasklistSession.login(port, "auditor");

    assertThat(get(browser, "/supervision").statusCode()).isEqualTo(200);
    assertThat(get(browser, API).statusCode()).isEqualTo(200);
  }

  @Test
  void aHandlersSessionGetsAClear403() throws Exception {
    HttpClient browser = TasklistSession.login(port, "handler-xc");

    HttpResponse<String> page = get(browser, "/supervision");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/html"));
    assertThat(page.body()).contains("无权访问").contains("督办看板仅供值班主管、审计和管理员查看")
        .doesNotContain("CSRF");
    assertThat(get(browser, "/supervision/dashboard.js").statusCode()).isEqualTo(403);
    assertThat(get(browser, API).statusCode()).isEqualTo(403);
  }

  @Test
  void withoutASessionNothingOfThePageIsServed() throws Exception {
    HttpClient browser = HttpClient.newHttpClient();

    HttpResponse<String> page = get(browser, "/supervision");
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.body()).contains("需要登录").contains("/camunda/app/tasklist/default/");
    assertThat(get(browser, "/supervision/dashboard.js").statusCode()).isEqualTo(401);
    assertThat(get(browser, SupervisionPage.ECHARTS).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(TasklistSession.uri(port, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
