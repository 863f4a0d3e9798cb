package com.griddesk.availability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer to a request that could not be served because the database cannot be reached: 503 with an
 * application/problem+json body and Retry-After ({@code griddesk.availability.retry-after}), the same from
 * GridDesk's API, the engine's REST API and the webapps' API. A client may send the request again; intake with
 * the same Idempotency-Key, so that a request whose commit was in doubt does not open a second case.
 */
@Component
public class UnavailableAnswer {

  static final String TITLE = "Database unavailable";
  static final String DETAIL = "数据库暂时无法访问，请求未能处理，请稍后重试";
  static final String STARTING_TITLE = "Starting up";
  static final String STARTING_DETAIL = "系统正在启动，请求未能处理，请稍后重试";

  private final ObjectMapper json;
  private final String retryAfterSeconds;

  public UnavailableAnswer(ObjectMapper json,
      @Value("${griddesk.availability.retry-after}") Duration retryAfter) {
    if (retryAfter.isNegative() || retryAfter.toSeconds() < 1) {
      throw new IllegalArgumentException("griddesk.availability.retry-after must be at least 1s, is " + retryAfter);
    }
    this.json = json;
    this.retryAfterSeconds = Long.toString(retryAfter.toSeconds());
  }

  /** The value of the Retry-After header: whole seconds. */
  public String retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ProblemDetail problem(String path) {
    return problem(path, TITLE, DETAIL);
  }

  private ProblemDetail problem(String path, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
    problem.setTitle(title);
    if (path != null) {
      problem.setInstance(URI.create(path));
    }
    return problem;
  }

  /** For Spring MVC handlers. */
  public ResponseEntity<ProblemDetail> entity(String path) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(path));
  }

  /** The problem as JSON text, for writers outside Spring MVC (JAX-RS). */
  public String body(String path) {
    return text(problem(path));
  }

  private String text(ProblemDetail problem) {
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the whole answer; the response must not be committed yet. */
  public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(response, problem(request.getRequestURI()));
  }

  /** Writes the answer of a node that has not finished starting (StartingUpFilter). */
  public void writeStarting(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(response, problem(request.getRequestURI(), STARTING_TITLE, STARTING_DETAIL));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(text(problem));
    response.flushBuffer();
  }
}
