package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff logged in to Tasklist may read the API with their session, but never change anything through it. */
@GridDeskTest
class WebappSessionAccessTest {

  @LocalServerPort int port;
  @Autowired Complaints complaints;

  @Test
  void tasklistSessionReadsTheCaseButCannotOpenOne() throws Exception {
    ServiceCase xcCase = complaints.open("XC", Instant.now().minusSeconds(60));
    HttpClient browser = tasklistLogin("handler-xc");

    HttpResponse<String> read = browser.send(get("/api/cases/" + xcCase.getCaseNo()), HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains(xcCase.getCaseNo()).contains("138****5678");

    HttpResponse<String> contact = browser.send(get("/api/cases/" + xcCase.getCaseNo() + "/contact"),
        HttpResponse.BodyHandlers.ofString());
    assertThat(contact.statusCode()).isEqualTo(200);
    assertThat(contact.body()).contains("13812345678");

    HttpResponse<String> write = browser.send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  void sessionOfAnotherUnitSeesNothingOfTheCase() throws Exception {
    ServiceCase xcCase = complaints.open("XC", Instant.now().minusSeconds(60));
    HttpClient browser = tasklistLogin("handler-hp");
    assertThat(browser.send(get("/api/cases/" + xcCase.getCaseNo()), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(404);
  }

  @Test
  void withoutALoginTheApiAsksForOne() throws Exception {
    HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> answer = anonymous.send(get("/api/cases"), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
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
}
