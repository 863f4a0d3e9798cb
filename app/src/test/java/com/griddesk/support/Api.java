package com.griddesk.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Real HTTP calls to the running application (random port) as one of the demo users, whose password is their
 * user id. Bodies are sent exactly as given, so tests can send malformed or oddly formatted JSON.
 */
@Component
public class Api {

  private final TestRestTemplate http;
  private final ObjectMapper json;

  public Api(TestRestTemplate http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  /** Opens a case as the hotline agent and returns the 201 answer's body; fails the test on any other answer. */
  public JsonNode openCase(Object body) {
    Response created = post("agent", "/api/cases", body);
    if (created.code() != 201) {
      throw new AssertionError("expected 201 for the new case, got " + created);
    }
    return created.json();
  }

  /**
   * The user's tasks in one of their Tasklist filters, as Tasklist lists them: each task's embedded filter
   * variables, as "name=value".
   */
  public List<String> filterVariables(String user, String filterName) {
    String filterId = null;
    for (JsonNode filter : get(user, "/engine-rest/filter").json()) {
      if (filter.path("name").asText().equals(filterName)) {
        filterId = filter.path("id").asText();
      }
    }
    if (filterId == null) {
      throw new AssertionError(user + " has no filter " + filterName);
    }
    Response listed = post(user, "/engine-rest/filter/" + filterId + "/list?maxResults=2000", Map.of(),
        Map.of("Accept", "application/hal+json"));
    if (listed.code() != 200) {
      throw new AssertionError("listing " + filterName + " as " + user + ": " + listed);
    }
    List<String> shown = new ArrayList<>();
    listed.json().path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable")
        .forEach(variable -> shown.add(variable.path("name").asText() + "=" + variable.path("value").asText())));
    return shown;
  }

  public Response get(String user, String path) {
    return call(HttpMethod.GET, user, user, path, null, Map.of());
  }

  public Response post(String user, String path, Object body) {
    return post(user, path, body, Map.of());
  }

  public Response post(String user, String path, Object body, Map<String, String> headers) {
    return call(HttpMethod.POST, user, user, path, body, headers);
  }

  public Response put(String user, String path, Object body) {
    return call(HttpMethod.PUT, user, user, path, body, Map.of());
  }

  /**
   * @param user null for a request without credentials
   * @param body a String is sent as it is, anything else as JSON; null sends no body
   */
  public Response call(HttpMethod method, String user, String password, String path, Object body,
      Map<String, String> headers) {
    HttpHeaders requestHeaders = new HttpHeaders();
    if (user != null) {
      requestHeaders.setBasicAuth(user, password);
    }
    if (body != null) {
      requestHeaders.setContentType(MediaType.APPLICATION_JSON);
    }
    headers.forEach(requestHeaders::set);
    ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(text(body), requestHeaders),
        String.class);
    return new Response(response.getStatusCode(), response.getHeaders(), response.getBody(), json);
  }

  private String text(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public record Response(HttpStatusCode status, HttpHeaders headers, String body, ObjectMapper mapper) {

    public int code() {
      return status.value();
    }

    public JsonNode json() {
      try {
        return mapper.readTree(body == null ? "null" : body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("response is not JSON: " + body, e);
      }
    }

    /** The media type without parameters such as charset. */
    public MediaType contentType() {
      MediaType type = headers.getContentType();
      return type == null ? null : new MediaType(type.getType(), type.getSubtype());
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
