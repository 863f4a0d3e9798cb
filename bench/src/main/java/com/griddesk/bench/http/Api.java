package com.griddesk.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** One GridDesk node's HTTP interface, called as one user with HTTP Basic, as a channel system or script would. */
public final class Api {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String baseUrl;
  private final String authorization;
  private final Duration timeout;

  public Api(String baseUrl, String user, String password) {
    this(baseUrl, user, password, Duration.ofSeconds(60));
  }

  public Api(String baseUrl, String user, String password, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.timeout = timeout;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request to this node with this user's login, for callers that set their own method and body. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }
}
