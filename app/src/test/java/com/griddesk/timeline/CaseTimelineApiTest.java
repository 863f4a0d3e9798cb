package com.griddesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.ComplaintJourney;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * GET /api/cases/{caseNo}/timeline for a complaint driven through the API as its users would ({@link
 * ComplaintJourney}): a pause, a missed first contact with its escalation, contact, handling, review, a
 * dissatisfied callback that reopens the case (重办), the second round and callback. Each step is made at its own
 * minute, so the expected order is the order of time.
 */
@GridDeskTest
class CaseTimelineApiTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T09:00:00+08:00").toInstant();
  static final Instant PAUSED_AT = RECEIVED.plusSeconds(1800);
  static final Instant RESUMED_AT = RECEIVED.plusSeconds(5400);

  @Autowired Api api;
  @Autowired ComplaintJourney journey;
  @Autowired RepositoryService repositoryService;

  String accountNo;
  String caseNo;
  Instant now;

  @BeforeEach
  void openComplaint() {
    now(RECEIVED.plusSeconds(60));
    accountNo = CaseBodies.uniqueAccountNo();
    JsonNode created = api.openCase(CaseBodies.complaint(accountNo).put("receivedAt", "2026-03-10T09:00:00+08:00"));
    caseNo = created.path("caseNo").asText();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void showsEveryStepInOrderWithItsActorAndProcessVersion() {
    ComplaintJourney.Walked walked = journey.walk(caseNo, PAUSED_AT, RESUMED_AT, ComplaintJourney.Texts.plain());
    String firstCall = walked.firstCallTaskId();
    Instant breachedAt = walked.breachedAt();

    Api.Response read = api.get("auditor", "/api/cases/" + caseNo + "/timeline");
    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    JsonNode timeline = read.json();
    assertThat(timeline.path("caseNo").asText()).isEqualTo(caseNo);
    JsonNode entries = timeline.path("entries");

    List<String> steps = new ArrayList<>();
    long sequence = 0;
    Instant previous = Instant.MIN;
    for (JsonNode entry : entries) {
      Instant at = Instant.parse(entry.path("at").asText());
      assertThat(at).isAfterOrEqualTo(previous);
      assertThat(entry.path("sequence").asLong()).isEqualTo(++sequence);
      previous = at;
      String where = entry.path("kind").asText().startsWith("PROCESS_") ? entry.path("process").asText()
          : entry.path("activity").asText("-");
      String step = entry.path("kind").asText() + " " + where + " "
          + entry.path("actor").asText("-");
      boolean reopened = entry.path("kind").asText().equals("ACTIVITY_ENDED")
          && entry.path("activity").asText().equals("reopen");
      if (reopened || !entry.path("kind").asText().startsWith("ACTIVITY_")
          && !entry.path("kind").asText().equals("TASK_CREATED")) {
        steps.add(step);
      }
    }
    assertThat(steps).containsSubsequence(
        "CASE_OPENED - agent",
        "PROCESS_STARTED complaint agent",
        "CLOCKS_PAUSED - handler-xc",
        "CLOCKS_RESUMED - handler-xc",
        "TIMER_FIRED firstContactOverdue system",
        "PROCESS_STARTED sla-escalation system",
        "CLOCK_BREACHED - system",
        "ESCALATED - system",
        "TASK_CLAIMED contactCustomer handler-xc",
        "FORM_SUBMITTED contactCustomer handler-xc",
        "TASK_COMPLETED contactCustomer handler-xc",
        "TASK_COMPLETED escalate supervisor",
        "ESCALATION_CLOSED - supervisor",
        "TASK_COMPLETED investigate handler-xc",
        "TASK_COMPLETED review supervisor",
        "PROCESS_STARTED callback supervisor",
        "FORM_SUBMITTED callCustomer callback",
        "TASK_COMPLETED callCustomer callback",
        "PROCESS_ENDED callback system",
        "ACTIVITY_ENDED reopen system",
        "TASK_COMPLETED investigate handler-xc",
        "TASK_COMPLETED review supervisor",
        "PROCESS_STARTED callback supervisor",
        "TASK_COMPLETED callCustomer callback",
        "PROCESS_ENDED callback system",
        // The complaint's process waits for its escalation, which ends at its next timer once the case is closed.
        "TIMER_FIRED nextLevelDue system",
        "PROCESS_ENDED sla-escalation system",
        "PROCESS_ENDED complaint system");
    assertThat(steps).doesNotContain("TASK_CLAIMED investigate handler-xc");
    int complaintVersion = latestVersion("complaint");
    int callbackVersion = latestVersion("callback");
    assertThat(entries).filteredOn(entry -> entry.path("kind").asText().equals("PROCESS_STARTED"))
        .extracting(entry -> entry.path("process").asText() + " v" + entry.path("processVersion").asInt())
        .contains("complaint v" + complaintVersion, "callback v" + callbackVersion, "sla-escalation v"
            + latestVersion("sla-escalation"));
    JsonNode dissatisfied = only(entries, "FORM_SUBMITTED", firstCall);
    assertThat(dissatisfied.path("name").asText()).isEqualTo("回访");
    assertThat(dissatisfied.path("process").asText()).isEqualTo("callback");
    assertThat(dissatisfied.path("details").path("variables").path("callbackOutcome").asText())
        .isEqualTo("DISSATISFIED");
    assertThat(dissatisfied.path("details").path("variables").path("callbackFeedback").asText())
        .isEqualTo("问题没有解决");
    // The review's start listener removes its decision; the second review still shows the decision submitted.
    assertThat(entries.findParents("kind")).filteredOn(entry -> entry.path("kind").asText().equals("FORM_SUBMITTED")
        && entry.path("activity").asText().equals("review"))
        .hasSize(2).allSatisfy(review -> assertThat(review.path("details").path("variables").path("reviewDecision")
            .asText()).isEqualTo("APPROVE"));
    assertThat(entries.findParents("kind")).filteredOn(entry -> entry.path("kind").asText().equals("FORM_SUBMITTED"))
        .noneMatch(entry -> entry.path("details").path("variables").has("caseNo"));
    JsonNode breach = entries.findParents("kind").stream()
        .filter(entry -> entry.path("kind").asText().equals("CLOCK_BREACHED")).findFirst().orElseThrow();
    assertThat(breach.path("source").asText()).isEqualTo("SLA");
    assertThat(breach.path("details").path("clock").asText()).isEqualTo("FIRST_CONTACT");
    assertThat(Instant.parse(breach.path("at").asText())).isEqualTo(breachedAt);

    assertThat(read.body()).doesNotContain(CaseBodies.NAME, CaseBodies.PHONE, accountNo);
  }

  @Test
  void readableByWhoMayReadTheCase() {
    assertThat(api.get("auditor", "/api/cases/" + caseNo + "/timeline").code()).isEqualTo(200);
    assertThat(api.get("handler-xc", "/api/cases/" + caseNo + "/timeline").code()).isEqualTo(200);
    assertThat(api.get("handler-hp", "/api/cases/" + caseNo + "/timeline").code()).isEqualTo(404);
    assertThat(api.get("auditor", "/api/cases/NOSUCHCASE/timeline").code()).isEqualTo(404);
    assertThat(api.call(HttpMethod.GET, null, null, "/api/cases/" + caseNo + "/timeline", null, Map.of()).code())
        .isEqualTo(401);
  }

  private JsonNode only(JsonNode entries, String kind, String taskId) {
    List<JsonNode> found = new ArrayList<>();
    entries.forEach(entry -> {
      if (entry.path("kind").asText().equals(kind) && entry.path("details").path("taskId").asText().equals(taskId)) {
        found.add(entry);
      }
    });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private int latestVersion(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        .getVersion();
  }

  private void now(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
