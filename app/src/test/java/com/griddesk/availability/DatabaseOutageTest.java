package com.griddesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.DatabaseOutage;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import com.griddesk.support.TasklistSession;
import com.griddesk.support.WebappSession;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While the database cannot be reached, every interface answers at once with 503, a problem body and Retry-After:
 * GridDesk's API (intake, a case read, the Basic login check itself), the engine's REST API and the webapps'
 * API and login. Nothing is stored, and the same requests succeed as soon as the database is back.
 */
@GridDeskTest
class DatabaseOutageTest {

  /** Far more than the application needs to refuse; a request that waits this long hangs. */
  private static final Duration FAST = Duration.ofSeconds(5);
  private static final List<String> TABLES =
      List.of("gd_case", "gd_idempotency_key", "gd_audit_log", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST");

  @Autowired Api api;
  @Autowired DatabaseOutage outage;
  @Autowired StoredCases stored;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void databaseBack() {
    outage.end();
  }

  @Test
  void theApiAnswers503WithAProblemAndStoresNothing() {
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    String accountNo = CaseBodies.uniqueAccountNo();
    Map<String, Long> before = rowCounts();

    outage.begin();
    Api.Response intake = timed(() -> api.post("agent", "/api/cases", CaseBodies.complaint(accountNo),
        Map.of("Idempotency-Key", "outage-" + accountNo)));
    Api.Response read = timed(() -> api.get("agent", "/api/cases/" + caseNo));
    Api.Response wrongPassword = timed(() -> api.call(HttpMethod.GET, "agent", "not-the-password",
        "/api/cases/" + caseNo, null, Map.of()));
    outage.end();

    for (Api.Response answer : List.of(intake, read, wrongPassword)) {
      assertUnavailable(answer.code(), answer.headers().getFirst(HttpHeaders.RETRY_AFTER),
          answer.headers().getContentType(), answer.body());
    }
    assertThat(read.json().path("instance").asText()).isEqualTo("/api/cases/" + caseNo);
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(stored.count(accountNo)).isZero();

    // Back: the same request (same Idempotency-Key) opens the case; nothing of the refused one was kept.
    Api.Response retried = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo),
        Map.of("Idempotency-Key", "outage-" + accountNo));
    assertThat(retried.code()).as(retried.toString()).isEqualTo(201);
    assertThat(retried.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(api.get("agent", "/api/cases/" + caseNo).code()).isEqualTo(200);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void theEngineRestApiAnswers503WithAProblem() {
    Map<String, Long> before = rowCounts();

    outage.begin();
    Api.Response tasks = timed(() -> api.get("handler-xc", "/engine-rest/task?maxResults=5"));
    Api.Response start = timed(() -> api.post("agent", "/engine-rest/process-definition/key/complaint/submit-form",
        Map.of("variables", Map.of("channel", Map.of("value", "COUNTER")))));
    outage.end();

    for (Api.Response answer : List.of(tasks, start)) {
      assertUnavailable(answer.code(), answer.headers().getFirst(HttpHeaders.RETRY_AFTER),
          answer.headers().getContentType(), answer.body());
    }
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(api.get("handler-xc", "/engine-rest/task?maxResults=5").code()).isEqualTo(200);
  }

  @Test
  void theWebappsAnswer503ToTheirLoginAndTheirApi() throws Exception {
    WebappSession tasklist = WebappSession.login(port, "handler-xc", "tasklist");
    // Another browser opened the login page (and got its CSRF cookie) before the database went away.
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(TasklistSession.uri(port, "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();

    outage.begin();
    long start = System.nanoTime();
    HttpResponse<String> login = browser.send(
        HttpRequest.newBuilder(TasklistSession.uri(port, "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
            .POST(HttpRequest.BodyPublishers.ofString("username=agent&password=agent")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> taskList = tasklist.browser().send(
        HttpRequest.newBuilder(TasklistSession.uri(port, WebappSession.ENGINE + "/task?maxResults=5"))
            .header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    outage.end();

    assertThat(took).isLessThan(FAST.multipliedBy(2));
    for (HttpResponse<String> answer : List.of(login, taskList)) {
      assertUnavailable(answer.statusCode(), answer.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null),
          answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).map(MediaType::parseMediaType).orElse(null),
          answer.body());
    }
    assertThat(tasklist.get(WebappSession.ENGINE + "/task?maxResults=5").status()).isEqualTo(200);
  }

  private void assertUnavailable(int status, String retryAfter, MediaType contentType, String body) {
    assertThat(status).as(body).isEqualTo(503);
    assertThat(retryAfter).isEqualTo("5");
    assertThat(contentType).isNotNull();
    assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(contentType.toString()).isTrue();
    JsonNode problem = read(body);
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("title").asText()).isEqualTo("Database unavailable");
    assertThat(problem.path("detail").asText()).isEqualTo("数据库暂时无法访问，请求未能处理，请稍后重试");
  }

  private static <T> T timed(Supplier<T> call) {
    long start = System.nanoTime();
    T answer = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered without hanging").isLessThan(FAST);
    return answer;
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
