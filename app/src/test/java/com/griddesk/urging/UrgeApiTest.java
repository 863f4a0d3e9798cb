package com.griddesk.urging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** POST /api/cases/{caseNo}/urge: who may urge, what a valid urge is, and retries that count once. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class UrgeApiTest {

  static final String NOTE = "客户再次来电，催促尽快上门处理";

  @Autowired Api api;
  @Autowired ComplaintSteps steps;

  String caseNo;

  @BeforeEach
  void openComplaint() {
    caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
  }

  @Test
  void anUrgeIsRecordedOnTheCaseWithItsNoteAndARaisedPriority() {
    Api.Response urged = urge("agent", body("WECHAT", NOTE), Map.of());

    assertThat(urged.code()).as(urged.toString()).isEqualTo(200);
    assertThat(urged.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    JsonNode view = urged.json();
    assertThat(view.path("caseNo").asText()).isEqualTo(caseNo);
    assertThat(view.path("urgeCount").asInt()).isEqualTo(1);
    assertThat(view.path("priority").asInt()).as("routing gives 60, one step of 10").isEqualTo(70);
    JsonNode urge = view.path("urges").get(0);
    assertThat(urge.path("urgeNo").asInt()).isEqualTo(1);
    assertThat(urge.path("channel").asText()).isEqualTo("WECHAT");
    assertThat(urge.path("source").asText()).isEqualTo("API");
    assertThat(urge.path("note").asText()).isEqualTo(NOTE);
    assertThat(urge.path("urgedBy").asText()).isEqualTo("agent");
    assertThat(urge.path("urgedAt").asText()).isEqualTo(FixedEngineTime.NOW.toString());
    assertThat(urge.path("escalation").isNull()).isTrue();
    assertThat(api.get("agent", "/api/cases/" + caseNo).json().path("urges")).isEqualTo(view.path("urges"));
  }

  @Test
  void everyInvalidFieldIsNamedAndNothingChanges() {
    Api.Response empty = urge("agent", "{}", Map.of());
    Api.Response bad = urge("agent", body("PIGEON", "催".repeat(501)), Map.of());
    Api.Response control = urge("agent", body("HOTLINE", "催办\u0007"), Map.of());
    Api.Response unknown = urge("agent", body("HOTLINE", NOTE).put("priority", 100), Map.of());
    Api.Response malformed = urge("agent", "{\"channel\":", Map.of());

    for (Api.Response response : new Api.Response[] {empty, bad, control, unknown, malformed}) {
      assertThat(response.code()).as(response.toString()).isEqualTo(400);
      assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(empty.json().path("errors").findValuesAsText("field")).containsExactly("channel", "note");
    assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactly("channel", "note");
    assertThat(control.json().path("errors").findValuesAsText("field")).containsExactly("note");
    assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("priority");
    assertThat(urgeCount()).isZero();
  }

  @Test
  void anUnknownCaseIsNotFound() {
    Api.Response response = api.post("agent", "/api/cases/TS20260310999999999/urge", body("HOTLINE", NOTE));

    assertThat(response.code()).as(response.toString()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aClosedCaseCannotBeUrged() {
    steps.closeSatisfied(caseNo);

    Api.Response response = urge("agent", body("HOTLINE", NOTE), Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("detail").asText()).contains("已结案");
    assertThat(urgeCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"handler-xc", "supervisor", "auditor", "callback"})
  void onlyThoseWhoTakeCustomersContactsMayUrge(String user) {
    Api.Response response = urge(user, body("HOTLINE", NOTE), Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(403);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(urgeCount()).isZero();
  }

  @Test
  void anotherUnitsHandlerIsNotToldTheCaseExists() {
    Api.Response response = urge("handler-hp", body("HOTLINE", NOTE), Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(404);
    assertThat(urgeCount()).isZero();
  }

  @Test
  void administratorsMayUrge() {
    Api.Response response = urge("demo", body("COUNTER", NOTE), Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("urges").get(0).path("urgedBy").asText()).isEqualTo("demo");
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheAnswerWithoutASecondUrge() {
    Map<String, String> key = Map.of("Idempotency-Key", "urge-" + UUID.randomUUID());

    Api.Response first = urge("agent", body("HOTLINE", NOTE), key);
    Api.Response retry = urge("agent", "{ \"note\" : \"" + NOTE + "\",\n \"channel\": \"HOTLINE\" }", key);

    assertThat(first.code()).as(first.toString()).isEqualTo(200);
    assertThat(retry.code()).as(retry.toString()).isEqualTo(200);
    assertThat(first.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().path("urgeCount").asInt()).isEqualTo(1);
    assertThat(retry.json().path("urges")).hasSize(1);
    assertThat(urgeCount()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherNoteOrCaseIsAConflict() {
    Map<String, String> key = Map.of("Idempotency-Key", "urge-" + UUID.randomUUID());
    String otherCase = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    assertThat(urge("agent", body("HOTLINE", NOTE), key).code()).isEqualTo(200);

    Api.Response otherNote = urge("agent", body("HOTLINE", "另一次催办"), key);
    Api.Response elsewhere = api.post("agent", "/api/cases/" + otherCase + "/urge", body("HOTLINE", NOTE), key);

    assertThat(otherNote.code()).as(otherNote.toString()).isEqualTo(409);
    assertThat(elsewhere.code()).as(elsewhere.toString()).isEqualTo(409);
    assertThat(urgeCount()).isEqualTo(1);
    assertThat(api.get("agent", "/api/cases/" + otherCase).json().path("urgeCount").asInt()).isZero();
  }

  @Test
  void aKeyThatOpenedACaseIsNotReusedForAnUrge() {
    Map<String, String> key = Map.of("Idempotency-Key", "intake-" + UUID.randomUUID());
    String keyed = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()), key).json()
        .path("caseNo").asText();

    Api.Response response = api.post("agent", "/api/cases/" + keyed + "/urge", body("HOTLINE", NOTE), key);

    assertThat(response.code()).as(response.toString()).isEqualTo(409);
  }

  @Test
  void aMalformedKeyIsRefused() {
    Api.Response response = urge("agent", body("HOTLINE", NOTE), Map.of("Idempotency-Key", "has space"));

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(urgeCount()).isZero();
  }

  private Api.Response urge(String user, Object body, Map<String, String> headers) {
    return api.post(user, "/api/cases/" + caseNo + "/urge", body, headers);
  }

  private int urgeCount() {
    return api.get("agent", "/api/cases/" + caseNo).json().path("urgeCount").asInt();
  }

  static ObjectNode body(String channel, String note) {
    return JsonNodeFactory.instance.objectNode().put("channel", channel).put("note", note);
  }
}
