package com.griddesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests the hostile-input drill found answered with 500 are the client's errors: a multipart Content-Type
 * without a boundary, header values the firewall refuses or Jersey cannot parse, a URL with path parameters and dot
 * segments, JSON nested too deeply for the engine's REST API, a variable of an empty type, text with a lone
 * surrogate. Nothing is stored.
 */
@GridDeskTest
class MalformedRequestsTest {

  @Autowired Api api;
  @Autowired StoredCases stored;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aMultipartContentTypeWithoutBoundaryIsA415() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response answer = api.call(HttpMethod.POST, "agent", "agent", "/api/cases",
        CaseBodies.complaint(accountNo).toString(), Map.of("Content-Type", "multipart/form-data"));

    assertThat(answer.code()).as(answer.toString()).isEqualTo(415);
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void requestsNoEndpointTakesAreAnsweredWithProblemsToo() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response notJson = api.call(HttpMethod.POST, "agent", "agent", "/api/cases",
        CaseBodies.complaint(accountNo).toString(), Map.of("Content-Type", "text/plain"));
    Api.Response wrongMethod = api.call(HttpMethod.DELETE, "agent", "agent", "/api/cases", null, Map.of());
    Api.Response noSuchPath = api.call(HttpMethod.GET, "agent", "agent", "/api/no-such-resource", null, Map.of());

    assertThat(notJson.code()).as(notJson.toString()).isEqualTo(415);
    assertThat(wrongMethod.code()).as(wrongMethod.toString()).isEqualTo(405);
    assertThat(noSuchPath.code()).as(noSuchPath.toString()).isEqualTo(404);
    for (Api.Response answer : new Api.Response[] {notJson, wrongMethod, noSuchPath}) {
      assertThat(answer.headers().getContentType()).as(answer.toString()).isNotNull();
      assertThat(answer.headers().getContentType().toString()).as(answer.toString())
          .startsWith("application/problem+json");
      assertThat(answer.json().path("status").asInt()).isEqualTo(answer.code());
    }
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void aHeaderWithForbiddenCharactersIsA400() throws Exception {
    String accountNo = CaseBodies.uniqueAccountNo();
    byte[] body = CaseBodies.complaint(accountNo).toString().getBytes(StandardCharsets.UTF_8);
    // The UTF-8 of 键 sent as it is: its last byte is a C1 control character in ISO-8859-1.
    byte[] key = "键-1".getBytes(StandardCharsets.UTF_8);

    String status = send("POST /api/cases HTTP/1.1\r\nContent-Type: application/json\r\n"
        + "Authorization: Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8))
        + "\r\nIdempotency-Key: " + new String(key, StandardCharsets.ISO_8859_1)
        + "\r\nContent-Length: " + body.length + "\r\n", body);

    assertThat(status).startsWith("HTTP/1.1 400");
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void anUnparsableHeaderOfTheEngineRestApiIsA400() {
    Api.Response answer = api.call(HttpMethod.GET, "handler-xc", "handler-xc", "/engine-rest/task", null,
        Map.of("Accept-Language", "-1"));

    assertThat(answer.code()).as(answer.toString()).isEqualTo(400);
  }

  @Test
  void aVariableOfAnEmptyTypeIsA400AndTheTaskStaysOpen() {
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    String tasks = "/engine-rest/task?processInstanceBusinessKey=" + caseNo;
    String taskId = api.get("handler-xc", tasks).json().get(0).path("id").asText();

    Api.Response answer = api.post("handler-xc", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("contactNote", Map.of("value", "已联系客户", "type", ""))));

    assertThat(answer.code()).as(answer.toString()).isEqualTo(400);
    assertThat(api.get("handler-xc", tasks).json().get(0).path("id").asText()).isEqualTo(taskId);
  }

  @Test
  void aUrlTheFirewallRefusesIsA400() throws Exception {
    // The servlet container maps it to the engine's REST API; Spring's path parsing failed on it with a 500.
    String status = send("GET /actuator/health/..;/..;/engine-rest/user HTTP/1.1\r\nAuthorization: Basic "
        + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)) + "\r\n", new byte[0]);

    assertThat(status).startsWith("HTTP/1.1 400");
  }

  @Test
  void aWildcardOrUnparsableContentTypeIsA415() {
    Api.Response health = api.call(HttpMethod.GET, "agent", "agent", "/actuator/health", null,
        Map.of("Content-Type", "*/*"));
    Api.Response tasks = api.call(HttpMethod.GET, "agent", "agent", "/engine-rest/task", null,
        Map.of("Content-Type", "application/json; charset="));

    assertThat(health.code()).as(health.toString()).isEqualTo(415);
    assertThat(tasks.code()).as(tasks.toString()).isEqualTo(415);
  }

  @Test
  void jsonNestedTooDeeplyForTheEngineRestApiIsA400() {
    long processes = api.get("demo", "/engine-rest/history/process-instance/count").json().path("count").asLong();

    Api.Response answer = api.post("agent", "/engine-rest/process-definition/key/complaint/start",
        "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));

    assertThat(answer.code()).as(answer.toString()).isEqualTo(400);
    assertThat(api.get("demo", "/engine-rest/history/process-instance/count").json().path("count").asLong())
        .isEqualTo(processes);
  }

  @Test
  void textWithALoneSurrogateIsA400NamingTheField() {
    Integer articles = jdbc.queryForObject("select count(*) from gd_kb_article", Integer.class);

    Api.Response answer = api.post("editor", "/api/knowledge",
        "{\"title\":\"\\ud800电费\",\"body\":\"正文\",\"validFrom\":\"2026-01-01\"}");

    assertThat(answer.code()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("title");
    assertThat(answer.json().path("errors").get(0).path("message").asText()).isEqualTo("含有无效字符");
    assertThat(jdbc.queryForObject("select count(*) from gd_kb_article", Integer.class)).isEqualTo(articles);
  }

  /** Sends a request byte for byte; returns the status line. */
  private String send(String head, byte[] body) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write((head + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      return text.substring(0, Math.max(0, text.indexOf("\r\n")));
    }
  }
}
