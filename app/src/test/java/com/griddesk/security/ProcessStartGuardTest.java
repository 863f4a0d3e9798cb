package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's REST API starts no GridDesk process but the complaint's start form, and that form cannot bring a case
 * number of its own: such starts would run without a registered case. They are refused with 400 (they failed with 500
 * at their first step), nothing is started; GridDesk's own starts go on as before.
 */
@GridDeskTest
class ProcessStartGuardTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCaseTypesProcessIsNotStartedThroughTheRestApi() {
    long processes = processes();

    // The hotline may start the case types' processes: the API starts them in the agent's name.
    for (String key : new String[] {"repair", "report", "consultation", "opinion", "service-request"}) {
      Api.Response start = api.post("agent", "/engine-rest/process-definition/key/" + key + "/start",
          Map.of("variables", Map.of("caseNo", Map.of("value", "TS20260101000001"))));
      assertThat(start.code()).as(key + ": " + start).isEqualTo(400);
      assertThat(start.json().path("message").asText()).as(key).contains("由 GridDesk 开启");
    }

    assertThat(processes()).isEqualTo(processes);
  }

  @Test
  void aStartFormWithACaseNumberIsRefused() {
    String existing = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    long processes = processes();

    Api.Response forged = api.post("agent", "/engine-rest/process-definition/key/complaint/submit-form",
        Map.of("variables", Map.of("caseNo", Map.of("value", existing), "receivedAt", Map.of("value", "x"))));

    assertThat(forged.code()).as(forged.toString()).isEqualTo(400);
    assertThat(forged.json().path("message").asText()).contains("caseNo");
    assertThat(processes()).isEqualTo(processes);
  }

  @Test
  void gridDesksOwnStartsGoOn() {
    Api.Response callback = api.post("agent", "/api/queue-callbacks", Map.of("phone", "13812345678"));

    assertThat(callback.code()).as(callback.toString()).isEqualTo(201);
    assertThat(api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("status").asText())
        .isEqualTo("AWAITING_CONTACT");
  }

  private long processes() {
    return jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
  }
}
