package com.griddesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A node answers 503 "starting up" until Spring Boot declares it ready for traffic, then serves every request. */
class StartingUpFilterTest {

  final ObjectMapper json = new ObjectMapper();
  final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  final StartingUpFilter filter =
      new StartingUpFilter(availability, new UnavailableAnswer(json, Duration.ofSeconds(5)));
  final AtomicInteger served = new AtomicInteger();

  @Test
  void beforeTheRunnersHaveRunEveryRequestIsAnswered503WithAProblem() throws Exception {
    MockHttpServletResponse response = send("POST", "/api/cases");

    assertThat(served).hasValue(0);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getContentAsString());
    assertThat(problem.path("title").asText()).isEqualTo("Starting up");
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/cases");
    assertThat(problem.path("detail").asText()).contains("启动");
  }

  @Test
  void onceReadyEveryRequestIsServedAndStaysSo() throws Exception {
    publish(ReadinessState.ACCEPTING_TRAFFIC);
    MockHttpServletResponse first = send("GET", "/camunda/app/tasklist/");
    publish(ReadinessState.REFUSING_TRAFFIC);
    MockHttpServletResponse later = send("GET", "/api/cases");

    assertThat(served).hasValue(2);
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(later.getStatus()).isEqualTo(200);
  }

  private void publish(ReadinessState state) {
    StaticApplicationContext context = new StaticApplicationContext();
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(context, state));
  }

  private MockHttpServletResponse send(String method, String uri) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> served.incrementAndGet());
    return response;
  }
}
