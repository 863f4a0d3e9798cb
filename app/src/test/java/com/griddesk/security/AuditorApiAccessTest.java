package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The auditor reads every case, but no change through GridDesk's own API goes through: every action that changes
 * something is refused with 403 and leaves the case as it was. (The engine's REST API: AuditorEngineAccessTest.)
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class AuditorApiAccessTest {

  static final String AUDITOR = "auditor";

  @Autowired Api api;

  @Test
  void everyChangeThroughGridDesksApiIsRefusedAndNothingChanges() {
    String complaint = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    String repair = api.openCase(WorkOrders.body("REPAIR", "LOW_VOLTAGE", CaseBodies.uniqueAccountNo(), "XC"))
        .path("caseNo").asText();
    String queueCallback = api.post("agent", "/api/queue-callbacks", Map.of("phone", "13812345678"))
        .json().path("callbackNo").asText();
    JsonNode before = api.get(AUDITOR, "/api/cases/" + complaint).json();
    assertThat(api.get(AUDITOR, "/api/cases/" + repair).code()).isEqualTo(200);

    List<Api.Response> attempts = List.of(
        api.post(AUDITOR, "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo())),
        api.post(AUDITOR, "/api/cases/" + complaint + "/urge", Map.of("channel", "HOTLINE", "note", "催办")),
        api.post(AUDITOR, "/api/cases/" + complaint + "/pause", Map.of("reason", "CUSTOMER_UNREACHABLE", "note", "x")),
        api.post(AUDITOR, "/api/cases/" + complaint + "/resume", Map.of("cause", "HANDLER")),
        api.post(AUDITOR, "/api/cases/" + complaint + "/pause/reject", Map.of("comment", "x")),
        api.post(AUDITOR, "/api/cases/" + complaint + "/self-served", Map.of("articleId", 1)),
        api.get(AUDITOR, "/api/cases/" + complaint + "/survey-token"),
        api.post(AUDITOR, "/api/repairs/" + repair + "/accept", Map.of()),
        api.post(AUDITOR, "/api/queue-callbacks", Map.of("phone", "13812345678")),
        api.post(AUDITOR, "/api/queue-callbacks/" + queueCallback + "/result", Map.of("callResult", "RESOLVED")),
        api.post(AUDITOR, "/api/knowledge", Map.of("title", "标题", "body", "正文")),
        api.put(AUDITOR, "/api/knowledge/1", Map.of("title", "标题", "body", "正文")),
        api.call(HttpMethod.DELETE, AUDITOR, AUDITOR, "/api/knowledge/1", null, Map.of()),
        api.put(AUDITOR, "/api/calendar/years/2030", Map.of("days", List.of())),
        api.put(AUDITOR, "/api/organisation/units/XC", Map.of("name", "西城")));

    assertThat(attempts).allSatisfy(response -> assertThat(response.code()).as(response.toString()).isEqualTo(403));
    JsonNode after = api.get(AUDITOR, "/api/cases/" + complaint).json();
    assertThat(after.path("status")).isEqualTo(before.path("status"));
    assertThat(after.path("urgeCount")).isEqualTo(before.path("urgeCount"));
    assertThat(after.path("pauses")).isEqualTo(before.path("pauses"));
    assertThat(api.get(AUDITOR, "/api/cases/" + repair).json().path("status").asText()).isEqualTo("DISPATCHED");
    assertThat(api.get("agent", "/api/queue-callbacks/" + queueCallback).json().path("status").asText())
        .isEqualTo("WAITING");
  }
}
