package com.griddesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's HTTP client logged in to Tasklist (or Cockpit, Admin), for tests of what a webapp session may do. */
public final class TasklistSession {

  private TasklistSession() {}

  /** Logs in the way Tasklist's login page does: fetch the CSRF cookie, then post the credentials. */
  public static HttpClient login(int port, String user) throws Exception {
    return login(port, user, "tasklist");
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) as its login page does; fails unless Camunda answers 200. */
  public static HttpClient login(int port, String user, String app) throws Exception {
    Attempt attempt = attemptLogin(port, user, user, app);
    assertThat(attempt.answer().statusCode()).as(attempt.answer().body()).isEqualTo(200);
    return attempt.browser();
  }

  /** Posts the webapp's login form and returns Camunda's answer whatever it is, for tests of refused logins. */
  public static Attempt attemptLogin(int port, String user, String password, String app) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri(port, "/camunda/app/" + app + "/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(
        HttpRequest.newBuilder(uri(port, "/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + form(user) + "&password=" + form(password)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return new Attempt(browser, login);
  }

  public static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The browser after a login attempt, and Camunda's answer to it. */
  public record Attempt(HttpClient browser, HttpResponse<String> answer) {}
}
