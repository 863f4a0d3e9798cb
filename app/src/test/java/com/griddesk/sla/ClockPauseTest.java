package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Pausing a case's clocks while waiting for the customer (POST /api/cases/{caseNo}/pause, /resume, /pause/reject):
 * the timers hold, and on resume every deadline in GridDesk and in the engine moves out by exactly the paused time.
 */
@GridDeskTest
class ClockPauseTest {

  /** Wednesday before the 2026 National Day holidays, 09:00 in Beijing. */
  static final Instant RECEIVED = at("2026-09-30T09:00:00+08:00");
  static final Instant FIRST_CONTACT_DUE = at("2026-10-01T09:00:00+08:00");
  static final Instant FIRST_CONTACT_WARN = RECEIVED.plusSeconds(18 * 3600);
  /** 1-7 Oct off, Thu 8 (1), Fri 9 (2), Sat 10 Oct worked in exchange (3), Mon 12 (4). */
  static final Instant RESOLUTION_DUE = at("2026-10-13T00:00:00+08:00");
  static final Instant PAUSED_AT = at("2026-09-30T10:00:00+08:00");
  /** Eight calendar days later, over the whole holiday: the pause is elapsed time, not working time. */
  static final Instant RESUMED_AT = at("2026-10-08T10:00:00+08:00");
  static final long EIGHT_DAYS = 8 * 24 * 3600;

  @Autowired Api api;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String caseNo;
  String processId;

  @BeforeEach
  void openComplaint() {
    now(RECEIVED.plusSeconds(60));
    JsonNode created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())
        .put("receivedAt", "2026-09-30T09:00:00+08:00"));
    caseNo = created.path("caseNo").asText();
    processId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void pauseOverTheHolidayMovesEveryDeadlineByTheElapsedPausedTime() {
    now(PAUSED_AT);
    Api.Response paused = pause("handler-xc", "CUSTOMER_APPOINTMENT", "客户要求节后再联系");
    assertThat(paused.code()).as(paused.toString()).isEqualTo(200);
    assertThat(slaStates(paused.json())).containsExactly("PAUSED", "PAUSED");
    JsonNode pause = paused.json().path("pauses").get(0);
    assertThat(pause.path("reason").asText()).isEqualTo("CUSTOMER_APPOINTMENT");
    assertThat(pause.path("reasonText").asText()).isEqualTo("客户预约其他时间");
    assertThat(pause.path("pausedBy").asText()).isEqualTo("handler-xc");
    assertThat(pause.path("resumedAt").isNull()).isTrue();
    assertThat(timers()).allMatch(Job::isSuspended).hasSize(2);

    // Past the original first-contact deadline nothing fires: the job executor acquires no suspended job.
    now(FIRST_CONTACT_DUE.plusSeconds(3600));
    assertThat(managementService.createJobQuery().processInstanceId(processId).timers().active().count()).isZero();
    assertThat(slaStates(read())).containsExactly("PAUSED", "PAUSED");

    now(RESUMED_AT);
    Api.Response resumed = api.post("handler-xc", path("/resume"), Map.of("cause", "HANDLER"));
    assertThat(resumed.code()).as(resumed.toString()).isEqualTo(200);

    JsonNode slas = resumed.json().path("slas");
    assertThat(slas.get(0).path("state").asText()).isEqualTo("RUNNING");
    assertThat(instant(slas.get(0), "dueAt")).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(EIGHT_DAYS));
    assertThat(instant(slas.get(0), "warnAt")).isEqualTo(FIRST_CONTACT_WARN.plusSeconds(EIGHT_DAYS));
    assertThat(slas.get(0).path("pausedSeconds").asLong()).isEqualTo(EIGHT_DAYS);
    assertThat(instant(slas.get(1), "dueAt")).isEqualTo(RESOLUTION_DUE.plusSeconds(EIGHT_DAYS));
    assertThat(slas.get(1).path("pausedSeconds").asLong()).isEqualTo(EIGHT_DAYS);
    pause = resumed.json().path("pauses").get(0);
    assertThat(instant(pause, "resumedAt")).isEqualTo(RESUMED_AT);
    assertThat(pause.path("resumedBy").asText()).isEqualTo("handler-xc");
    assertThat(pause.path("cause").asText()).isEqualTo("HANDLER");
    assertThat(pause.path("pausedSeconds").asLong()).isEqualTo(EIGHT_DAYS);

    // The engine moved with the clocks: timers, the task's dates and the variables re-entered tasks read.
    assertThat(timer("firstContactOverdue").isSuspended()).isFalse();
    assertThat(timer("firstContactOverdue").getDuedate().toInstant()).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(EIGHT_DAYS));
    assertThat(timer("resolutionOverdue").getDuedate().toInstant()).isEqualTo(RESOLUTION_DUE.plusSeconds(EIGHT_DAYS));
    Task contact = task("contactCustomer");
    assertThat(contact.getDueDate().toInstant()).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(EIGHT_DAYS));
    assertThat(contact.getFollowUpDate().toInstant()).isEqualTo(FIRST_CONTACT_WARN.plusSeconds(EIGHT_DAYS));
    assertThat(variable("firstContactDue")).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(EIGHT_DAYS));
    assertThat(variable("firstContactWarn")).isEqualTo(FIRST_CONTACT_WARN.plusSeconds(EIGHT_DAYS));
    assertThat(variable("resolutionDue")).isEqualTo(RESOLUTION_DUE.plusSeconds(EIGHT_DAYS));

    // Past the moved deadline the timer fires and the clock is breached.
    now(FIRST_CONTACT_DUE.plusSeconds(EIGHT_DAYS + 1));
    managementService.executeJob(timer("firstContactOverdue").getId());
    assertThat(slaStates(read())).containsExactly("BREACHED", "RUNNING");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("escalate")
        .singleResult()).isNotNull();
  }

  @Test
  void theHotlineResumesWhenTheCustomerCallsBack() {
    now(PAUSED_AT);
    assertThat(pause("handler-xc", "CUSTOMER_UNREACHABLE", "电话三次无人接听").code()).isEqualTo(200);
    now(PAUSED_AT.plusSeconds(5400));

    assertThat(api.post("agent", path("/resume"), Map.of("cause", "HANDLER")).code()).isEqualTo(403);
    Api.Response resumed = api.post("agent", path("/resume"), Map.of("cause", "CUSTOMER_ANSWERED"));

    assertThat(resumed.code()).as(resumed.toString()).isEqualTo(200);
    JsonNode pause = resumed.json().path("pauses").get(0);
    assertThat(pause.path("cause").asText()).isEqualTo("CUSTOMER_ANSWERED");
    assertThat(pause.path("resumedBy").asText()).isEqualTo("agent");
    assertThat(instant(resumed.json().path("slas").get(0), "dueAt")).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(5400));
    assertThat(timer("firstContactOverdue").getDuedate().toInstant()).isEqualTo(FIRST_CONTACT_DUE.plusSeconds(5400));
  }

  @Test
  void aRejectedPauseGivesNoTimeBack() {
    now(PAUSED_AT);
    assertThat(pause("handler-xc", "DOCUMENTS_MISSING", "缺少房产证明").code()).isEqualTo(200);
    now(PAUSED_AT.plusSeconds(7200));

    assertThat(api.post("handler-xc", path("/pause/reject"), Map.of("comment", "x")).code()).isEqualTo(403);
    Api.Response rejected = api.post("supervisor", path("/pause/reject"), Map.of("comment", "投诉无需客户补充资料"));

    assertThat(rejected.code()).as(rejected.toString()).isEqualTo(200);
    JsonNode slas = rejected.json().path("slas");
    assertThat(slaStates(rejected.json())).containsExactly("RUNNING", "RUNNING");
    assertThat(instant(slas.get(0), "dueAt")).isEqualTo(FIRST_CONTACT_DUE);
    assertThat(instant(slas.get(1), "dueAt")).isEqualTo(RESOLUTION_DUE);
    assertThat(slas.get(0).path("pausedSeconds").asLong()).isZero();
    JsonNode pause = rejected.json().path("pauses").get(0);
    assertThat(pause.path("cause").asText()).isEqualTo("SUPERVISOR_REJECTED");
    assertThat(pause.path("resumedBy").asText()).isEqualTo("supervisor");
    assertThat(pause.path("rejectComment").asText()).isEqualTo("投诉无需客户补充资料");
    assertThat(pause.path("pausedSeconds").asLong()).isZero();
    assertThat(timer("firstContactOverdue").isSuspended()).isFalse();
    assertThat(timer("firstContactOverdue").getDuedate().toInstant()).isEqualTo(FIRST_CONTACT_DUE);
    assertThat(task("contactCustomer").getDueDate().toInstant()).isEqualTo(FIRST_CONTACT_DUE);
  }

  @Test
  void workDoneDuringThePauseEndsItForThatClock() {
    now(PAUSED_AT);
    pause("handler-xc", "CUSTOMER_APPOINTMENT", "客户约定下午再谈");
    now(PAUSED_AT.plusSeconds(3600));
    taskService.complete(task("contactCustomer").getId(), Map.of("contactNote", "已联系客户"));

    JsonNode view = read();
    assertThat(slaStates(view)).containsExactly("MET", "PAUSED");
    assertThat(view.path("slas").get(0).path("pausedSeconds").asLong()).isEqualTo(3600);
    assertThat(view.path("pauses").get(0).path("resumedAt").isNull()).isTrue();

    taskService.complete(task("investigate").getId(), Map.of("resolution", "已处理"));
    taskService.complete(task("review").getId(), Map.of("reviewDecision", "APPROVE"));
    view = read();
    // Approval starts the callback clock, which the old pause does not touch.
    assertThat(slaStates(view)).containsExactly("MET", "MET", "RUNNING");
    assertThat(view.path("slas").get(1).path("pausedSeconds").asLong()).isEqualTo(3600);
    assertThat(view.path("pauses").get(0).path("cause").asText()).isEqualTo("CLOCK_STOPPED");
  }

  @Test
  void invalidRequestsNameEveryFieldAndChangeNothing() {
    now(PAUSED_AT);
    Api.Response bad = api.post("handler-xc", path("/pause"), Map.of("reason", "HOLIDAY", "note", " "));
    assertThat(bad.code()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("reason", "note");
    assertThat(api.post("handler-xc", path("/pause"), Map.of()).json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("reason", "note");
    assertThat(slaStates(read())).containsExactly("RUNNING", "RUNNING");
    assertThat(read().path("pauses")).isEmpty();
    assertThat(timers()).noneMatch(Job::isSuspended);

    pause("handler-xc", "DOCUMENTS_MISSING", "缺少身份证复印件");
    Api.Response cause = api.post("handler-xc", path("/resume"), Map.of("cause", "SUPERVISOR_REJECTED"));
    assertThat(cause.code()).isEqualTo(400);
    assertThat(cause.json().path("errors").findValuesAsText("field")).containsExactly("cause");
    assertThat(api.post("supervisor", path("/pause/reject"), Map.of()).json().path("errors")
        .findValuesAsText("field")).containsExactly("comment");
    assertThat(slaStates(read())).containsExactly("PAUSED", "PAUSED");
  }

  @Test
  void stateConflictsAre409() {
    now(PAUSED_AT);
    assertThat(api.post("handler-xc", path("/resume"), Map.of("cause", "HANDLER")).code()).isEqualTo(409);
    assertThat(api.post("supervisor", path("/pause/reject"), Map.of("comment", "无")).code()).isEqualTo(409);
    pause("handler-xc", "DOCUMENTS_MISSING", "缺少身份证复印件");
    Api.Response twice = pause("handler-xc", "DOCUMENTS_MISSING", "再次暂停");
    assertThat(twice.code()).isEqualTo(409);
    assertThat(twice.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(read().path("pauses")).hasSize(1);
    api.post("handler-xc", path("/resume"), Map.of("cause", "HANDLER"));

    taskService.complete(task("contactCustomer").getId(), Map.of("contactNote", "已联系客户"));
    taskService.complete(task("investigate").getId(), Map.of("resolution", "已处理"));
    assertThat(pause("handler-xc", "DOCUMENTS_MISSING", "审核中").code()).isEqualTo(409);
  }

  @Test
  void onlyTheHandlingUnitPausesAndOnlySupervisorsReject() {
    now(PAUSED_AT);
    assertThat(pause("handler-hp", "DOCUMENTS_MISSING", "x").code()).isEqualTo(404);
    assertThat(api.post("handler-hp", path("/resume"), Map.of("cause", "HANDLER")).code()).isEqualTo(404);
    assertThat(pause("auditor", "DOCUMENTS_MISSING", "x").code()).isEqualTo(403);
    assertThat(pause("supervisor", "DOCUMENTS_MISSING", "x").code()).isEqualTo(403);
    assertThat(pause("agent", "DOCUMENTS_MISSING", "x").code()).isEqualTo(403);
    assertThat(read().path("pauses")).isEmpty();

    pause("handler-xc", "DOCUMENTS_MISSING", "缺少身份证复印件");
    assertThat(api.post("auditor", path("/resume"), Map.of("cause", "CUSTOMER_ANSWERED")).code()).isEqualTo(403);
    assertThat(api.post("auditor", path("/pause/reject"), Map.of("comment", "x")).code()).isEqualTo(403);
    assertThat(api.post("handler-hp", path("/pause/reject"), Map.of("comment", "x")).code()).isEqualTo(404);
    assertThat(slaStates(read())).containsExactly("PAUSED", "PAUSED");
  }

  private Api.Response pause(String user, String reason, String note) {
    return api.post(user, path("/pause"), Map.of("reason", reason, "note", note));
  }

  private JsonNode read() {
    Api.Response read = api.get("supervisor", "/api/cases/" + caseNo);
    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    return read.json();
  }

  private String path(String action) {
    return "/api/cases/" + caseNo + action;
  }

  private static List<String> slaStates(JsonNode view) {
    return view.path("slas").findValuesAsText("state");
  }

  private List<Job> timers() {
    return managementService.createJobQuery().processInstanceId(processId).timers().list();
  }

  private Job timer(String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(processId).timers().activityId(boundaryEventId)
        .singleResult();
  }

  private Task task(String activityId) {
    return taskService.createTaskQuery().processInstanceId(processId).taskDefinitionKey(activityId).singleResult();
  }

  private Instant variable(String name) {
    return ((Date) runtimeService.getVariable(processId, name)).toInstant();
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(node.path(field).asText());
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
