package com.griddesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/cases over HTTP: a valid complaint is stored, routed, offered to its unit and put on the clock. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class CaseIntakeApiTest {

  @Autowired
  Api api;

  @Autowired
  StoredCases stored;

  @Test
  void answers201WithLocationAndTheMaskedCaseWaitingForContact() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo));

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    String caseNo = body.path("caseNo").asText();
    assertThat(caseNo).matches("TS20260310\\d{6,}");
    assertThat(created.headers().getLocation()).hasToString("/api/cases/" + caseNo);
    assertThat(created.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");

    assertThat(body.path("type").asText()).isEqualTo("COMPLAINT");
    assertThat(body.path("status").asText()).isEqualTo("AWAITING_CONTACT");
    assertThat(body.path("handlingGroup").asText()).isEqualTo("handlers-xc");
    assertThat(body.path("customer").path("accountNo").asText()).isEqualTo(accountNo);
    assertThat(body.path("customer").path("name").asText()).isEqualTo("张*");
    assertThat(body.path("customer").path("phone").asText()).isEqualTo("138****5678");
    assertThat(created.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE);

    assertThat(body.path("tasks")).hasSize(1);
    JsonNode task = body.path("tasks").get(0);
    assertThat(task.path("name").asText()).isEqualTo("联系客户");
    assertThat(task.path("group").asText()).isEqualTo("handlers-xc");
    assertThat(task.path("assignee").isNull()).isTrue();

    Map<String, JsonNode> slas = slasByName(body);
    assertThat(slas).containsOnlyKeys("FIRST_CONTACT", "RESOLUTION");
    assertThat(slas.values()).allSatisfy(sla -> assertThat(sla.path("state").asText()).isEqualTo("RUNNING"));
    assertThat(instant(task.path("due"))).isEqualTo(instant(slas.get("FIRST_CONTACT").path("dueAt")));

    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void withPreferReturnMinimalTheAnswerCarriesTheNumberAndTokenButNoBody() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo),
        Map.of("Prefer", "handling=strict, return=minimal"));

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    assertThat(created.body()).isNullOrEmpty();
    assertThat(created.headers().getFirst("Preference-Applied")).isEqualTo("return=minimal");
    assertThat(created.headers().getFirst("Survey-Token")).isNotBlank();
    String location = created.headers().getLocation().toString();
    assertThat(location).matches("/api/cases/TS20260310\\d{6,}");
    Api.Response read = api.get("agent", location);
    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().path("status").asText()).isEqualTo("AWAITING_CONTACT");
    assertThat(read.json().path("tasks")).hasSize(1);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void otherPreferencesStillGetTheWholeCase() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()),
        Map.of("Prefer", "return=representation"));

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    assertThat(created.headers().containsKey("Preference-Applied")).isFalse();
    assertThat(created.json().path("tasks")).hasSize(1);
  }

  @Test
  void theCaseCanBeReadBackAtItsLocation() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    assertThat(created.code()).as(created.toString()).isEqualTo(201);

    Api.Response read = api.get("agent", created.headers().getLocation().toString());

    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(created.json());
  }

  @Test
  void withoutReceivedAtTheClocksStartWhenTheCaseArrives() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    assertThat(created.code()).as(created.toString()).isEqualTo(201);

    JsonNode body = created.json();
    assertThat(instant(body.path("receivedAt"))).isEqualTo(FixedEngineTime.NOW);
    Map<String, JsonNode> slas = slasByName(body);
    assertThat(instant(slas.get("FIRST_CONTACT").path("startedAt"))).isEqualTo(FixedEngineTime.NOW);
    assertThat(instant(slas.get("FIRST_CONTACT").path("dueAt"))).isEqualTo(FixedEngineTime.NOW.plusSeconds(24 * 3600));
    // Tue 03-10 received: Wed 11, Thu 12, Fri 13, Mon 16.
    assertThat(instant(slas.get("RESOLUTION").path("dueAt"))).isEqualTo(at("2026-03-17T00:00:00+08:00"));
  }

  @Test
  void aGivenReceivedAtStartsTheClocksAtThatTime() {
    ObjectNode request = CaseBodies.complaint(CaseBodies.uniqueAccountNo());
    request.put("receivedAt", "2026-03-06T17:30:00+08:00");

    Api.Response created = api.post("agent", "/api/cases", request);

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    JsonNode body = created.json();
    Instant receivedAt = at("2026-03-06T17:30:00+08:00");
    assertThat(instant(body.path("receivedAt"))).isEqualTo(receivedAt);
    assertThat(instant(body.path("createdAt"))).isEqualTo(FixedEngineTime.NOW);
    Map<String, JsonNode> slas = slasByName(body);
    assertThat(instant(slas.get("FIRST_CONTACT").path("startedAt"))).isEqualTo(receivedAt);
    assertThat(instant(slas.get("FIRST_CONTACT").path("dueAt"))).isEqualTo(at("2026-03-07T17:30:00+08:00"));
    assertThat(instant(slas.get("RESOLUTION").path("startedAt"))).isEqualTo(receivedAt);
    // Fri 03-06 received: Mon 9, Tue 10, Wed 11, Thu 12.
    assertThat(instant(slas.get("RESOLUTION").path("dueAt"))).isEqualTo(at("2026-03-13T00:00:00+08:00"));
  }

  @Test
  void aCaseForAnotherSupplyOfficeIsOfferedToThatOfficesHandlers() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "HP"));

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("handlingGroup").asText()).isEqualTo("handlers-hp");
    assertThat(created.json().path("tasks").get(0).path("group").asText()).isEqualTo("handlers-hp");
  }

  private static Map<String, JsonNode> slasByName(JsonNode body) {
    Map<String, JsonNode> slas = new HashMap<>();
    body.path("slas").forEach(sla -> slas.put(sla.path("name").asText(), sla));
    return slas;
  }

  private static Instant instant(JsonNode node) {
    return Instant.parse(node.asText());
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
