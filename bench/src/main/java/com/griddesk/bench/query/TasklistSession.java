package com.griddesk.bench.query;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A member of staff logged in to Tasklist, asking what Tasklist's pages ask: the webapp's login (session cookie and
 * CSRF token, as the browser holds them), then the engine API under /camunda/api/engine, where Tasklist sends its
 * queries. Unlike HTTP Basic on /engine-rest, no password is checked per request, as for a user at the screen.
 */
final class TasklistSession {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  /** What Tasklist's HTTP client accepts: HAL first, so the engine embeds what the list shows with the tasks. */
  static final String HAL = "application/hal+json, application/json; q=0.5";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private TasklistSession(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in as Tasklist's login form does. */
  static TasklistSession login(String baseUrl, String user, String password) throws IOException, InterruptedException {
    TasklistSession session = new TasklistSession(baseUrl);
    session.client.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/camunda/app/tasklist/default/")).GET()
        .build(), HttpResponse.BodyHandlers.discarding());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer = session.client.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("Tasklist login of " + user + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
    return session;
  }

  HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return client.send(request(path).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String json, String accept) throws IOException, InterruptedException {
    return client.send(request(path).header("Accept", accept).header("Content-Type", "application/json;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN")) {
        builder.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return builder;
  }
}
