package com.griddesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * GET /api/cases/{caseNo}/timeline for a complaint driven through the API as its users would: a pause, a missed
 * first contact with its escalation, contact, handling, review, a dissatisfied callback that reopens the case,
 * and the second callback. Each step is made at its own minute, so the expected order is the order of time.
 */
@GridDeskTest
class CaseTimelineApiTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T09:00:00+08:00").toInstant();
  static final Instant PAUSED_AT = RECEIVED.plusSeconds(1800);
  static final Instant RESUMED_AT = RECEIVED.plusSeconds(5400);

  @Autowired Api api;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
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
    now(PAUSED_AT);
    ok(api.post("handler-xc", "/api/cases/" + caseNo + "/pause",
        Map.of("reason", "CUSTOMER_APPOINTMENT", "note", "客户要求稍后联系")));
    now(RESUMED_AT);
    ok(api.post("handler-xc", "/api/cases/" + caseNo + "/resume", Map.of("cause", "HANDLER")));

    Job overdue = timer("firstContactOverdue");
    Instant breachedAt = overdue.getDuedate().toInstant().plusSeconds(1);
    now(breachedAt);
    managementService.executeJob(overdue.getId());

    next();
    String contact = taskId("handler-xc", "contactCustomer");
    ok(api.post("handler-xc", "/engine-rest/task/" + contact + "/claim", Map.of("userId", "handler-xc")));
    next();
    ok(complete("handler-xc", contact, Map.of("contactNote", "已联系客户，约定两日内答复")));
    next();
    ok(complete("supervisor", taskId("supervisor", "escalate"), Map.of("escalationNote", "已电话督促西城供电所")));
    next();
    ok(complete("handler-xc", taskId("handler-xc", "investigate"), Map.of("resolution", "已核实并向客户道歉")));
    next();
    ok(complete("supervisor", taskId("supervisor", "review"), Map.of("reviewDecision", "APPROVE")));
    next();
    String firstCall = taskId("callback", "callCustomer");
    ok(complete("callback", firstCall,
        Map.of("callbackOutcome", "DISSATISFIED", "callbackFeedback", "问题没有解决")));
    next();
    ok(complete("handler-xc", taskId("handler-xc", "investigate"), Map.of("resolution", "已更换计量箱")));
    next();
    ok(complete("supervisor", taskId("supervisor", "review"), Map.of("reviewDecision", "APPROVE")));
    next();
    ok(complete("callback", taskId("callback", "callCustomer"), Map.of("callbackOutcome", "SATISFIED")));
    // The escalation's interval timer finds the case closed and raises no further level.
    next();
    managementService.executeJob(timer("nextLevelDue").getId());

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
      if (!entry.path("kind").asText().startsWith("ACTIVITY_") && !entry.path("kind").asText().equals("TASK_CREATED")) {
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
        "TASK_COMPLETED investigate handler-xc",
        "TASK_COMPLETED review supervisor",
        "PROCESS_STARTED callback supervisor",
        "TASK_COMPLETED callCustomer callback",
        "PROCESS_ENDED callback system",
        "PROCESS_ENDED complaint system",
        "TIMER_FIRED nextLevelDue system",
        "PROCESS_ENDED sla-escalation system");
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

  private String taskId(String user, String taskDefinitionKey) {
    Api.Response tasks = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=" + taskDefinitionKey);
    assertThat(tasks.code()).as(tasks.toString()).isEqualTo(200);
    assertThat(tasks.json()).as(user + " sees " + taskDefinitionKey).hasSize(1);
    return tasks.json().get(0).path("id").asText();
  }

  private Api.Response complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return api.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  private void ok(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isBetween(200, 204);
  }

  private Job timer(String activityId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
        .map(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
            .activityId(activityId).singleResult())
        .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
  }

  private void next() {
    now(now.plusSeconds(60));
  }

  private void now(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
