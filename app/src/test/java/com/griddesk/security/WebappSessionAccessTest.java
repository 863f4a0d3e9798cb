package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.net.HttpCookie;
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

  /** Logs in the way Tasklist's login page does: fetch the CSRF cookie, then post the credentials. */
  private HttpClient tasklistLogin(String user) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
