package com.griddesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser logged in to one of the Camunda webapps (Tasklist, Cockpit, Admin), calling what the webapps call:
 * their internal API under /camunda/api/... Every call carries the X-XSRF-TOKEN header from the XSRF-TOKEN
 * cookie as the webapps' own pages do, so that an answer is the engine's decision and not the CSRF filter's.
 */
public final class WebappSession {

  /** The engine REST API as the webapps reach it. */
  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final HttpClient browser;

  private WebappSession(int port, HttpClient browser) {
    this.port = port;
    this.browser = browser;
  }

  /** Logs in to {@code app} (tasklist, cockpit or admin) as the demo user, whose password is the user id. */
  public static WebappSession login(int port, String user, String app) throws Exception {
    WebappSession session = new WebappSession(port, TasklistSession.login(port, user, app));
    // As the webapp does after its login: the first call in the new session hands out its CSRF token.
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpClient browser() {
    return browser;
  }

  public Answer get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  /** @param json a JSON body, or null for none */
  public Answer post(String path, String json) throws Exception {
    return send("POST", path, json, json == null ? null : "application/json");
  }

  public Answer put(String path, String json) throws Exception {
    return send("PUT", path, json, "application/json");
  }

  public Answer delete(String path) throws Exception {
    return send("DELETE", path, null, null);
  }

  /** A multipart/form-data POST, as Tasklist sends a task's attachment. */
  public Answer postMultipart(String path, String... namesAndValues) throws Exception {
    String boundary = "----griddesk-test-boundary";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(namesAndValues[i]).append("\"\r\n\r\n")
          .append(namesAndValues[i + 1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return send("POST", path, body.toString(), "multipart/form-data; boundary=" + boundary);
  }

  public Answer send(String method, String path, String body, String contentType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(TasklistSession.uri(port, path))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String xsrf = xsrfToken();
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    HttpResponse<String> answer = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(answer.statusCode(), answer.body());
  }

  private String xsrfToken() {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }

  public record Answer(int status, String body) {

    public JsonNode json() throws Exception {
      return JSON.readTree(body);
    }

    /** The engine refused for want of an authorization (not the CSRF filter, not a missing resource). */
    public boolean isAuthorizationRefusal() {
      return status == 403 && body != null && body.contains("\"type\":\"AuthorizationException\"");
    }

    /**
     * The engine refused with a reason of its own (an error answer of Camunda's REST API, e.g. a resource the user
     * cannot see, or a change nobody may make), not the CSRF filter.
     */
    public boolean isEngineRefusal() {
      return status >= 400 && body != null && body.startsWith("{\"type\":");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
