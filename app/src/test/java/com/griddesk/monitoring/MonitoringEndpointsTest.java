package com.griddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.Complaints;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** /actuator/prometheus for administrators only; /actuator/health for every logged-in user, with its components. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class MonitoringEndpointsTest {

  @Autowired Api api;
  @Autowired Complaints complaints;

  @Test
  void prometheusNeedsALogin() {
    Api.Response response = api.call(HttpMethod.GET, null, null, "/actuator/prometheus", null, Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(401);
  }

  @Test
  void prometheusIsNotForAgentsNorAuditors() {
    assertThat(api.get("agent", "/actuator/prometheus").code()).isEqualTo(403);
    assertThat(api.get("auditor", "/actuator/prometheus").code()).isEqualTo(403);
  }

  @Test
  void administratorsScrapeGridDesksMeters() {
    complaints.open("XC", FixedEngineTime.NOW);

    Api.Response response = api.get("demo", "/actuator/prometheus");

    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType().toString()).startsWith("text/plain");
    assertThat(response.body())
        .contains("griddesk_cases_received_total{channel=\"HOTLINE\",type=\"COMPLAINT\"}")
        .contains("griddesk_cases_open{type=\"COMPLAINT\"}")
        .contains("griddesk_cases_open{type=\"REPAIR\"}")
        .contains("griddesk_jobs_due ")
        .contains("griddesk_jobs_failed ");
  }

  @Test
  void healthShowsTheDatabaseAndTheSwitchedOffJobExecutorToAnyLoggedInUser() {
    Api.Response response = api.get("agent", "/actuator/health");

    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    JsonNode health = response.json();
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    JsonNode jobExecutor = health.path("components").path("jobExecutor");
    // The tests run without job executor (application-test.yml): reported as such, not as a failure.
    assertThat(jobExecutor.path("status").asText()).isEqualTo("DISABLED");
    assertThat(jobExecutor.path("details").path("active").asBoolean(true)).isFalse();
    assertThat(jobExecutor.path("details").has("dueJobs")).isTrue();
    assertThat(jobExecutor.path("details").has("failedJobs")).isTrue();
    assertThat(jobExecutor.path("details").path("backlogThreshold").asInt()).isEqualTo(500);
  }

  @Test
  void healthNeedsALogin() {
    assertThat(api.call(HttpMethod.GET, null, null, "/actuator/health", null, Map.of()).code()).isEqualTo(401);
  }
}
