package com.griddesk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.callback.CallbackResults;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.feedback.FeedbackPool;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.sla.ClockAlerts;
import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import com.griddesk.support.Api;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/supervision/dashboard over cases made for it. Its "now" is Tuesday 2025-04-15, 10:00 in Beijing, weeks
 * before any other test's data: every case received from February to April 2025 is this test's and is removed before
 * and after each test, so that arrivals and satisfaction, which cover a period before now, are exact also on a MySQL
 * database that keeps other runs' data. Open cases, clocks in alert and queues cover the whole database: they are
 * compared before and after the test's own cases, except where only this test's cases can be (a unit of its own,
 * the oldest task, the most urgent clocks).
 */
@GridDeskTest
class SupervisionDashboardApiTest {

  /** Tuesday, 10:00 in Beijing; the arrivals' four weeks start Tuesday 2025-03-18 10:00. */
  static final Instant NOW = at("2025-04-15T10:00:00+08:00");
  static final Instant WINDOW_START = Instant.parse("2025-02-01T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-05-01T00:00:00Z");
  /** A handling unit only this test's cases have, with an organisation record of its own. */
  static final String OWN_UNIT = "handlers-dsb";
  static final String OWN_UNIT_CODE = "DSBTEST";

  @Autowired Api api;
  @Autowired CaseRepository cases;
  @Autowired OrgUnitRepository units;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases running;
  @Autowired CallbackResults callbackResults;
  @Autowired FeedbackPool feedbackPool;
  @Autowired ClockAlerts clockAlerts;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  @AfterEach
  void removeThisTestsData() {
    ClockUtil.reset();
    List<ServiceCase> mine = cases.findAll((root, query, cb) -> cb.and(
        cb.greaterThanOrEqualTo(root.get("receivedAt"), WINDOW_START), cb.lessThan(root.get("receivedAt"), WINDOW_END)));
    for (ServiceCase serviceCase : mine) {
      if (serviceCase.getCaseNo() != null) {
        List<String> running = runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(serviceCase.getCaseNo()).rootProcessInstances().list().stream()
            .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
          runtimeService.deleteProcessInstancesIfExists(running, "test data removed", true, true, false);
        }
        List<String> history = historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(serviceCase.getCaseNo()).list().stream()
            .map(HistoricProcessInstance::getId).toList();
        if (!history.isEmpty()) {
          historyService.deleteHistoricProcessInstancesIfExists(history);
        }
      }
      for (String table : List.of("gd_escalation", "gd_clock_pause", "gd_sla_clock", "gd_idempotency_key",
          "gd_case_urge", "gd_survey", "gd_case_message", "gd_feedback")) {
        jdbc.update("delete from " + table + " where case_id = ?", serviceCase.getId());
      }
      jdbc.update("delete from gd_case where id = ?", serviceCase.getId());
    }
    units.deleteById(OWN_UNIT_CODE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openCasesByTypeStatusAndUnitWithTheUnitsChineseName() {
    now(NOW);
    units.save(new OrgUnit(OWN_UNIT_CODE, "督办测试供电所", OrgUnit.Level.OFFICE, null, OWN_UNIT, "supervisors-dsb"));
    JsonNode before = dashboard();

    handMade(CaseType.COMPLAINT, "SERVICE", CaseStatus.IN_PROGRESS, OWN_UNIT, "2025-04-14T09:00:00+08:00");
    handMade(CaseType.REPORT, "OTHER", CaseStatus.AWAITING_CONTACT, OWN_UNIT, "2025-04-14T09:05:00+08:00");
    handMade(CaseType.COMPLAINT, "SERVICE", CaseStatus.CLOSED, OWN_UNIT, "2025-04-14T09:10:00+08:00");
    handMade(CaseType.REPAIR, "LOW_VOLTAGE", CaseStatus.DISPATCHED, "repair-xc", "2025-04-14T09:15:00+08:00");
    handMade(CaseType.OPINION, "SERVICE", CaseStatus.RECEIVED, null, "2025-04-14T09:20:00+08:00");
    JsonNode after = dashboard();

    JsonNode open = after.path("openCases");
    assertThat(open.path("total").asLong() - before.path("openCases").path("total").asLong()).isEqualTo(4);
    assertThat(open.path("byType")).extracting(row -> row.path("type").asText())
        .containsExactly("COMPLAINT", "REPORT", "REPAIR", "NEW_CONNECTION", "SERVICE_REQUEST", "CONSULTATION",
            "OPINION", "SUGGESTION", "PRAISE");
    assertThat(row(open.path("byType"), "type", "COMPLAINT").path("label").asText()).isEqualTo("投诉");
    assertThat(delta(before, after, "byType", "type", "COMPLAINT")).isEqualTo(1);
    assertThat(delta(before, after, "byType", "type", "REPORT")).isEqualTo(1);
    assertThat(delta(before, after, "byType", "type", "REPAIR")).isEqualTo(1);
    assertThat(delta(before, after, "byType", "type", "OPINION")).isEqualTo(1);
    assertThat(delta(before, after, "byType", "type", "PRAISE")).isZero();
    assertThat(delta(before, after, "byStatus", "status", "IN_PROGRESS")).isEqualTo(1);
    assertThat(delta(before, after, "byStatus", "status", "AWAITING_CONTACT")).isEqualTo(1);
    assertThat(delta(before, after, "byStatus", "status", "DISPATCHED")).isEqualTo(1);
    assertThat(delta(before, after, "byStatus", "status", "RECEIVED")).isEqualTo(1);
    assertThat(row(open.path("byStatus"), "status", "CLOSED")).isNull();
    assertThat(row(open.path("byStatus"), "status", "DISPATCHED").path("label").asText()).isEqualTo("待抢修接单");

    JsonNode ownUnit = row(open.path("byUnit"), "unit", OWN_UNIT);
    assertThat(ownUnit.path("count").asLong()).as("the closed case is not open").isEqualTo(2);
    assertThat(ownUnit.path("unitName").asText()).as("the organisation's name").isEqualTo("督办测试供电所");
    assertThat(delta(before, after, "byUnit", "unit", "repair-xc")).isEqualTo(1);
    assertThat(row(open.path("byUnit"), "unit", "repair-xc").path("unitName").asText())
        .as("no unit record: the engine group's name").isEqualTo("西城抢修班");
    assertThat(delta(before, after, "byUnit", "unit", null)).as("not routed yet").isEqualTo(1);
    long unitSum = StreamSupport.stream(open.path("byUnit").spliterator(), false)
        .mapToLong(unit -> unit.path("count").asLong()).sum();
    assertThat(unitSum).isEqualTo(open.path("total").asLong());
  }

  @Test
  void clocksAtRiskAndBreachedNowByClockAndTypeMostUrgentFirst() {
    JsonNode before = dashboardAt(NOW);
    // Breached: received 25 hours ago, first contact due 1 hour ago; its timer has run.
    ServiceCase breached = openComplaint("SERVICE", "2025-04-14T09:00:00+08:00");
    // At risk: received 20 hours ago, past the 75 % warning point (18 hours), due in 4 hours.
    ServiceCase atRisk = openComplaint("BUSINESS", "2025-04-14T14:00:00+08:00");
    // Contacted in time: its first-contact clock is met and stopped, whatever the time.
    ServiceCase contacted = openComplaint("POWER_QUALITY", "2025-04-14T14:00:00+08:00");
    running.of(contacted).complete("contactCustomer", Map.of("contactNote", "已联系客户"));
    now(NOW);
    running.of(breached).fire("firstContactOverdue");
    assertThat(running.of(breached).clock("FIRST_CONTACT").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(running.of(atRisk).clock("FIRST_CONTACT").getState()).as("stored").isEqualTo(ClockState.RUNNING);

    JsonNode after = dashboard();

    JsonNode clocks = after.path("clocks");
    assertThat(clocks.path("atRisk").asLong() - before.path("clocks").path("atRisk").asLong()).isEqualTo(1);
    assertThat(clocks.path("breached").asLong() - before.path("clocks").path("breached").asLong()).isEqualTo(1);
    JsonNode firstContact = clockRow(after, "FIRST_CONTACT", "COMPLAINT");
    JsonNode firstContactBefore = clockRow(before, "FIRST_CONTACT", "COMPLAINT");
    assertThat(firstContact.path("clockLabel").asText()).isEqualTo("首次联系");
    assertThat(firstContact.path("caseTypeLabel").asText()).isEqualTo("投诉");
    assertThat(firstContact.path("atRisk").asLong() - count(firstContactBefore, "atRisk")).isEqualTo(1);
    assertThat(firstContact.path("breached").asLong() - count(firstContactBefore, "breached")).isEqualTo(1);
    JsonNode resolution = clockRow(after, "RESOLUTION", "COMPLAINT");
    JsonNode resolutionBefore = clockRow(before, "RESOLUTION", "COMPLAINT");
    assertThat(count(resolution, "atRisk") + count(resolution, "breached"))
        .as("four working days: no resolution clock is in alert")
        .isEqualTo(count(resolutionBefore, "atRisk") + count(resolutionBefore, "breached"));

    // Every other test's clocks are due a year later: these two are the most urgent of all.
    JsonNode urgent = clocks.path("mostUrgent");
    assertThat(urgent.size()).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(20);
    assertThat(urgent.get(0).path("caseNo").asText()).isEqualTo(breached.getCaseNo());
    assertThat(urgent.get(0).path("clock").asText()).isEqualTo("FIRST_CONTACT");
    assertThat(urgent.get(0).path("state").asText()).isEqualTo("BREACHED");
    assertThat(urgent.get(0).path("dueAt").asText()).isEqualTo("2025-04-15T01:00:00Z");
    assertThat(urgent.get(0).path("secondsToDue").asLong()).isEqualTo(-3600);
    assertThat(urgent.get(0).path("unit").asText()).isEqualTo("handlers-xc");
    assertThat(urgent.get(0).path("unitName").asText()).isEqualTo("西城供电所");
    assertThat(urgent.get(1).path("caseNo").asText()).isEqualTo(atRisk.getCaseNo());
    assertThat(urgent.get(1).path("state").asText()).isEqualTo("AT_RISK");
    assertThat(urgent.get(1).path("warnAt").asText()).isEqualTo("2025-04-15T00:00:00Z");
    assertThat(urgent.get(1).path("secondsToDue").asLong()).isEqualTo(4 * 3600);
    assertThat(urgent.findValuesAsText("caseNo")).doesNotContain(contacted.getCaseNo());
    List<String> dueDates = urgent.findValuesAsText("dueAt");
    assertThat(dueDates).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
  }

  @Test
  void aClockPastItsDeadlineIsBreachedBeforeItsTimerRunsAndAClosedCasesClockIsNoAlert() {
    ServiceCase late = openComplaint("SERVICE", "2025-04-14T09:00:00+08:00");
    ServiceCase closed = openComplaint("BUSINESS", "2025-04-14T09:00:00+08:00");
    transactions.executeWithoutResult(tx -> cases.findById(closed.getId()).orElseThrow()
        .close(CloseOutcome.ANSWERED, NOW));

    List<ClockAlerts.Alert> alerts = alertsAt(NOW);

    assertThat(alerts).filteredOn(alert -> alert.caseNo().equals(late.getCaseNo()))
        .extracting(ClockAlerts.Alert::clock, ClockAlerts.Alert::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FIRST_CONTACT", ClockState.BREACHED));
    assertThat(alerts).noneMatch(alert -> alert.caseNo().equals(closed.getCaseNo()));
    SlaClock stored = running.of(late).clock("FIRST_CONTACT");
    assertThat(stored.getState()).as("the timer has not run").isEqualTo(ClockState.RUNNING);
    assertThat(alertsAt(stored.getWarnAt().minusSeconds(1))).noneMatch(a -> a.caseNo().equals(late.getCaseNo()));
    assertThat(alertsAt(stored.getWarnAt())).filteredOn(a -> a.caseNo().equals(late.getCaseNo()))
        .extracting(ClockAlerts.Alert::state).containsExactly(ClockState.AT_RISK);
    assertThat(alertsAt(stored.getDueAt())).filteredOn(a -> a.caseNo().equals(late.getCaseNo()))
        .extracting(ClockAlerts.Alert::state).as("due now is still at risk").containsExactly(ClockState.AT_RISK);
    assertThat(alertsAt(stored.getDueAt().plusSeconds(1))).filteredOn(a -> a.caseNo().equals(late.getCaseNo()))
        .extracting(ClockAlerts.Alert::state).containsExactly(ClockState.BREACHED);
  }

  @Test
  void eachGroupsQueueCountsOpenAndUnassignedTasksAndShowsTheOldest() {
    JsonNode before = dashboardAt(NOW);
    ServiceCase oldest = openComplaint("SERVICE", "2025-04-14T09:00:00+08:00");
    ServiceCase claimed = openComplaint("BUSINESS", "2025-04-14T11:00:00+08:00");
    ServiceCase investigating = openComplaint("POWER_QUALITY", "2025-04-14T12:00:00+08:00");
    running.of(investigating).complete("contactCustomer", Map.of("contactNote", "已联系客户"));
    taskService.claim(running.of(claimed).task("contactCustomer").getId(), "handler-xc");
    now(NOW);

    JsonNode after = dashboard();

    JsonNode xc = row(after.path("queues"), "group", "handlers-xc");
    JsonNode xcBefore = row(before.path("queues"), "group", "handlers-xc");
    assertThat(xc.path("groupName").asText()).isEqualTo("西城供电所");
    assertThat(xc.path("openTasks").asLong() - count(xcBefore, "openTasks")).isEqualTo(3);
    assertThat(xc.path("unassignedTasks").asLong() - count(xcBefore, "unassignedTasks")).isEqualTo(2);
    JsonNode task = xc.path("oldestTask");
    assertThat(task.path("name").asText()).isEqualTo("联系客户");
    assertThat(task.path("caseNo").asText()).isEqualTo(oldest.getCaseNo());
    assertThat(task.path("reference").asText()).isEqualTo(oldest.getCaseNo());
    assertThat(task.path("createdAt").asText()).isEqualTo("2025-04-14T01:00:00Z");
    assertThat(task.path("waitingSeconds").asLong()).isEqualTo(25 * 3600);
    assertThat(task.path("assignee").isNull()).isTrue();
    assertThat(after.path("queues").get(0).path("group").asText())
        .as("every other test's tasks are younger: this queue has waited longest").isEqualTo("handlers-xc");
    List<String> created = new ArrayList<>();
    after.path("queues").forEach(queue -> created.add(queue.path("oldestTask").path("createdAt").asText()));
    assertThat(created).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
    assertThat(row(after.path("queues"), "group", "auditors")).as("a group without tasks").isNull();
  }

  @Test
  void arrivalsByHourAndWeekdayInBeijingTimeOverTheLastFourWeeks() {
    // UTC Monday 15:30, Beijing Monday 23:30.
    handMade(CaseType.COMPLAINT, "SERVICE", CaseStatus.CLOSED, "handlers-xc", "2025-04-14T23:30:00+08:00");
    // UTC still Monday 16:10, Beijing already Tuesday 00:10.
    handMade(CaseType.REPAIR, "LOW_VOLTAGE", CaseStatus.CLOSED, "repair-xc", "2025-04-15T00:10:00+08:00");
    // UTC Sunday 00:00 and Saturday 23:59:59; Beijing Sunday 08:00 and 07:59:59.
    handMade(CaseType.CONSULTATION, "BILLING", CaseStatus.CLOSED, null, "2025-04-13T08:00:00+08:00");
    handMade(CaseType.CONSULTATION, "BILLING", CaseStatus.CLOSED, null, "2025-04-13T07:59:59+08:00");
    // The first second of the four weeks, and the second before it; and one received after now.
    handMade(CaseType.OPINION, "SERVICE", CaseStatus.CLOSED, null, "2025-03-18T10:00:00+08:00");
    handMade(CaseType.OPINION, "SERVICE", CaseStatus.CLOSED, null, "2025-03-18T09:59:59+08:00");
    handMade(CaseType.OPINION, "SERVICE", CaseStatus.CLOSED, null, "2025-04-15T10:00:01+08:00");

    JsonNode arrivals = dashboardAt(NOW).path("arrivals");

    assertThat(arrivals.path("weeks").asInt()).isEqualTo(4);
    assertThat(arrivals.path("from").asText()).isEqualTo("2025-03-18T02:00:00Z");
    assertThat(arrivals.path("to").asText()).isEqualTo("2025-04-15T02:00:00Z");
    assertThat(arrivals.path("total").asLong()).isEqualTo(5);
    long[] byHour = new long[24];
    byHour[23] = 1;
    byHour[0] = 1;
    byHour[8] = 1;
    byHour[7] = 1;
    byHour[10] = 1;
    assertThat(longs(arrivals.path("byHour"))).containsExactly(byHour);
    // Monday first: Monday 1, Tuesday 2 (00:10 and 10:00), Sunday 2.
    assertThat(longs(arrivals.path("byWeekday"))).containsExactly(1, 2, 0, 0, 0, 0, 2);
    JsonNode matrix = arrivals.path("byWeekdayAndHour");
    assertThat(matrix.size()).isEqualTo(7);
    long[][] expected = new long[7][24];
    expected[0][23] = 1;
    expected[1][0] = 1;
    expected[1][10] = 1;
    expected[6][8] = 1;
    expected[6][7] = 1;
    for (int weekday = 0; weekday < 7; weekday++) {
      assertThat(longs(matrix.get(weekday))).as("weekday " + weekday).containsExactly(expected[weekday]);
    }
  }

  @Test
  void satisfactionRateOfTheLastThirtyDaysFromCallbacksAndSurveys() {
    ServiceCase served = handMade(CaseType.COMPLAINT, "SERVICE", CaseStatus.CLOSED, "handlers-xc",
        "2025-03-10T09:00:00+08:00");
    // 30 days before now is 2025-03-16 10:00 in Beijing.
    callback(served, CallbackOutcome.DISSATISFIED, "2025-03-16T09:59:59+08:00");
    callback(served, CallbackOutcome.SATISFIED, "2025-03-16T10:00:00+08:00");
    callback(served, CallbackOutcome.SATISFIED, "2025-04-01T15:00:00+08:00");
    callback(served, CallbackOutcome.BASICALLY_SATISFIED, "2025-04-02T15:00:00+08:00");
    callback(served, CallbackOutcome.DISSATISFIED, "2025-04-03T15:00:00+08:00");
    callback(served, CallbackOutcome.UNREACHABLE, "2025-04-04T15:00:00+08:00");
    callback(served, CallbackOutcome.SATISFIED, "2025-04-15T10:00:01+08:00");
    survey(served, 5, "2025-04-10T12:00:00+08:00");
    survey(served, 4, "2025-04-11T12:00:00+08:00");
    survey(served, 2, "2025-04-12T12:00:00+08:00");
    survey(served, 1, "2025-03-01T12:00:00+08:00");

    JsonNode satisfaction = dashboardAt(NOW).path("satisfaction");

    assertThat(satisfaction.path("days").asInt()).isEqualTo(30);
    assertThat(satisfaction.path("from").asText()).isEqualTo("2025-03-16T02:00:00Z");
    assertThat(satisfaction.path("callbacks").asLong()).isEqualTo(5);
    assertThat(satisfaction.path("satisfied").asLong()).isEqualTo(2);
    assertThat(satisfaction.path("basicallySatisfied").asLong()).isEqualTo(1);
    assertThat(satisfaction.path("dissatisfied").asLong()).isEqualTo(1);
    assertThat(satisfaction.path("unreachable").asLong()).isEqualTo(1);
    assertThat(satisfaction.path("reached").asLong()).isEqualTo(4);
    assertThat(satisfaction.path("satisfactionRate").decimalValue()).isEqualByComparingTo("0.7500");
    assertThat(satisfaction.path("surveys").asLong()).isEqualTo(3);
    assertThat(satisfaction.path("averageScore").decimalValue()).isEqualByComparingTo("3.67");
    assertThat(satisfaction.path("lowScores").asLong()).isEqualTo(1);
    assertThat(satisfaction.path("surveyScores").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":0,\"4\":1,\"5\":1}");
  }

  @Test
  void withoutAnyAnswerTheRateIsNull() {
    JsonNode satisfaction = dashboardAt(NOW).path("satisfaction");

    assertThat(satisfaction.path("callbacks").asLong()).isZero();
    assertThat(satisfaction.path("satisfactionRate").isNull()).isTrue();
    assertThat(satisfaction.path("averageScore").isNull()).isTrue();
    assertThat(dashboardAt(NOW).path("arrivals").path("total").asLong()).isZero();
    assertThat(dashboardAt(NOW).path("generatedAt").asText()).isEqualTo("2025-04-15T02:00:00Z");
    assertThat(dashboardAt(NOW).path("timeZone").asText()).isEqualTo("Asia/Shanghai");
  }

  // Fixtures

  private ServiceCase openComplaint(String category, String receivedAt) {
    Instant received = at(receivedAt);
    now(received);
    return workOrders.open(CaseType.COMPLAINT, category, "XC", received);
  }

  private ServiceCase handMade(CaseType type, String category, CaseStatus status, String unit, String receivedAt) {
    Instant received = at(receivedAt);
    ServiceCase serviceCase = new ServiceCase(type, Channel.HOTLINE, new Customer(Complaints.newAccountNo(), "张三",
        "13812345678"), "XC", AreaType.URBAN, category, "督办看板测试", "手工建立的工单", received, received, "agent");
    serviceCase.assignCaseNo("DSB" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    if (unit != null) {
      serviceCase.routeTo(unit, received);
    }
    if (status == CaseStatus.CLOSED) {
      serviceCase.close(CloseOutcome.ANSWERED, received);
    } else {
      serviceCase.moveTo(status, received);
    }
    return cases.save(serviceCase);
  }

  private void callback(ServiceCase serviceCase, CallbackOutcome outcome, String at) {
    now(at(at));
    transactions.executeWithoutResult(tx -> callbackResults.record(cases.findById(serviceCase.getId()).orElseThrow(),
        outcome, null, "PHONE"));
  }

  private void survey(ServiceCase serviceCase, int score, String at) {
    now(at(at));
    transactions.executeWithoutResult(tx -> feedbackPool.surveyAnswered(serviceCase, score, null));
  }

  private JsonNode dashboardAt(Instant now) {
    now(now);
    return dashboard();
  }

  private JsonNode dashboard() {
    Api.Response response = api.get("supervisor", "/api/supervision/dashboard");
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private List<ClockAlerts.Alert> alertsAt(Instant now) {
    return transactions.execute(tx -> clockAlerts.mostUrgentAt(now, 100_000));
  }

  private static JsonNode clockRow(JsonNode dashboard, String clock, String caseType) {
    for (JsonNode row : dashboard.path("clocks").path("byClock")) {
      if (row.path("clock").asText().equals(clock) && row.path("caseType").asText().equals(caseType)) {
        return row;
      }
    }
    return null;
  }

  /** The row whose field has the value (null: the field is null), or null. */
  private static JsonNode row(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (value == null ? row.path(field).isNull() : row.path(field).asText().equals(value)) {
        return row;
      }
    }
    return null;
  }

  private static long delta(JsonNode before, JsonNode after, String list, String field, String value) {
    return count(row(after.path("openCases").path(list), field, value), "count")
        - count(row(before.path("openCases").path(list), field, value), "count");
  }

  private static long count(JsonNode row, String field) {
    return row == null ? 0 : row.path(field).asLong();
  }

  private static long[] longs(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToLong(JsonNode::asLong).toArray();
  }

  private static void now(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
