package com.griddesk.newconnection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A residential connection as the counter and the business hall work it: opened through POST /api/cases, its
 * tasks completed through Camunda's REST API by the business hall's clerk (documents missing, then delivered,
 * then connected), and read back through GET /api/cases/{caseNo}.
 */
@GridDeskTest
class NewConnectionApiTest {

  /** Monday 2026-03-02, 09:00 in Beijing. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();
  /** 5 working days after Monday: the end of Monday 9 March. */
  static final Instant DUE = OffsetDateTime.parse("2026-03-10T00:00:00+08:00").toInstant();

  @Autowired Api api;

  String caseNo;

  @BeforeEach
  void openResidentialConnection() {
    now(RECEIVED.plusSeconds(60));
    ObjectNode body = CaseBodies.complaint(CaseBodies.uniqueAccountNo())
        .put("type", "NEW_CONNECTION")
        .put("channel", "COUNTER")
        .put("category", "RESIDENTIAL")
        .put("subject", "居民新装用电")
        .put("receivedAt", "2026-03-02T09:00:00+08:00");
    JsonNode created = api.openCase(body);
    caseNo = created.path("caseNo").asText();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theClerkWaitsForTheDocumentsThenConnectsAndTheCaseClosesOnTime() {
    JsonNode opened = read();
    assertThat(opened.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(opened.path("handlingGroup").asText()).isEqualTo("business-xc");
    assertThat(opened.path("tasks").findValuesAsText("name")).containsExactly("装表接电");
    assertThat(opened.path("tasks").get(0).path("group").asText()).isEqualTo("business-xc");
    assertThat(opened.path("slas").findValuesAsText("name")).containsExactly("OVERALL", "METER_INSTALLATION");
    assertThat(opened.path("slas").findValuesAsText("dueAt")).containsOnly(DUE.toString());

    // Another unit's clerk neither sees nor works the task.
    assertThat(api.get("clerk-hp", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json()).isEmpty();

    Instant pausedAt = RECEIVED.plusSeconds(3600);
    now(pausedAt);
    // A refusing task listener: 400 with the listener's message (enginerest.EngineRestErrors).
    Api.Response refused = complete(taskId(), Map.of("stageOutcome", value("DOCUMENTS_MISSING")));
    assertThat(refused.code()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("请填写缺少的资料（missingDocuments）");
    assertThat(read().path("tasks").findValuesAsText("name")).containsExactly("装表接电");
    Api.Response missing = complete(taskId(), Map.of("stageOutcome", value("DOCUMENTS_MISSING"),
        "missingDocuments", value("缺少房屋产权证明")));
    assertThat(missing.code()).as(missing.toString()).isEqualTo(204);

    JsonNode waiting = read();
    assertThat(waiting.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(waiting.path("tasks").findValuesAsText("name")).containsExactly("等待客户补充资料");
    assertThat(waiting.path("slas").findValuesAsText("state")).containsExactly("PAUSED", "PAUSED");
    JsonNode pause = waiting.path("pauses").get(0);
    assertThat(pause.path("reason").asText()).isEqualTo("DOCUMENTS_MISSING");
    assertThat(pause.path("reasonText").asText()).isEqualTo("客户资料不全");
    assertThat(pause.path("note").asText()).isEqualTo("缺少房屋产权证明");
    assertThat(pause.path("pausedBy").asText()).isEqualTo("clerk-xc");

    long wait = 2 * 24 * 3600;
    now(pausedAt.plusSeconds(wait));
    Api.Response delivered = complete(taskId(), Map.of("documentsReceived", value("客户已补交房屋产权证明")));
    assertThat(delivered.code()).as(delivered.toString()).isEqualTo(204);

    JsonNode resumed = read();
    assertThat(resumed.path("tasks").findValuesAsText("name")).containsExactly("装表接电");
    assertThat(resumed.path("slas").findValuesAsText("state")).containsExactly("RUNNING", "RUNNING");
    assertThat(resumed.path("slas").findValuesAsText("dueAt")).containsOnly(DUE.plusSeconds(wait).toString());
    assertThat(resumed.path("slas").findValuesAsText("pausedSeconds")).containsOnly(String.valueOf(wait));
    assertThat(resumed.path("tasks").get(0).path("due").asText()).isEqualTo(DUE.plusSeconds(wait).toString());
    assertThat(resumed.path("pauses").get(0).path("cause").asText()).isEqualTo("CUSTOMER_ANSWERED");
    assertThat(resumed.path("pauses").get(0).path("resumedBy").asText()).isEqualTo("clerk-xc");

    now(pausedAt.plusSeconds(wait + 3600));
    Api.Response connected = complete(taskId(), Map.of("stageOutcome", value("DONE"),
        "meterInstallationNote", value("已装表送电，表号 1101234567")));
    assertThat(connected.code()).as(connected.toString()).isEqualTo(204);
    assertThat(read().path("status").asText()).isEqualTo("AWAITING_CALLBACK");
    JsonNode call = api.get("callback", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json();
    assertThat(call.findValuesAsText("name")).containsExactly("回访");
    Api.Response calledBack = api.post("callback", "/engine-rest/task/" + call.get(0).path("id").asText()
        + "/complete", Map.of("variables", Map.of("callbackOutcome", value("SATISFIED"))));
    assertThat(calledBack.code()).as(calledBack.toString()).isEqualTo(204);

    JsonNode closed = read();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("CONNECTED");
    assertThat(closed.path("slas").findValuesAsText("state")).containsExactly("MET", "MET", "MET");
    assertThat(closed.path("onTime").asBoolean()).isTrue();
    assertThat(closed.path("tasks")).isEmpty();
  }

  private String taskId() {
    JsonNode tasks = api.get("clerk-xc", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private Api.Response complete(String taskId, Map<String, Object> variables) {
    return api.post("clerk-xc", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  private static Map<String, Object> value(String text) {
    return Map.of("value", text);
  }

  private JsonNode read() {
    Api.Response response = api.get("clerk-xc", "/api/cases/" + caseNo);
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
