package com.griddesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.support.Api;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/reports/sla over hand-made clocks with known times, and over a complaint driven through its process.
 * All cases are received in June 2025, far from every other test's data, and are removed before and after each
 * test, so the figures are exact also on a MySQL database that keeps other runs' data.
 */
@GridDeskTest
class SlaReportApiTest {

  static final String UNIT = "handlers-rpt";
  static final String PERIOD = "from=2025-06-16&to=2025-06-20";
  /** Everything received in this window belongs to this test: wider than the period, to catch its edges. */
  static final Instant WINDOW_START = Instant.parse("2025-06-10T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-06-25T00:00:00Z");

  @Autowired Api api;
  @Autowired CaseRepository cases;
  @Autowired SlaClockRepository clocks;
  @Autowired Complaints complaints;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach
  void removeJuneCases() {
    ClockUtil.reset();
    List<ServiceCase> june = cases.findAll((root, query, cb) -> cb.and(
        cb.greaterThanOrEqualTo(root.get("receivedAt"), WINDOW_START), cb.lessThan(root.get("receivedAt"), WINDOW_END)));
    List<String> processes = june.stream().map(ServiceCase::getProcessInstanceId).filter(Objects::nonNull).toList();
    if (!processes.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(processes, "test data removed", true, true, true);
      historyService.deleteHistoricProcessInstancesIfExists(processes);
    }
    for (ServiceCase serviceCase : june) {
      jdbc.update("delete from gd_escalation where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_clock_pause where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_sla_clock where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_idempotency_key where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_survey where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_case_message where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_feedback where case_id = ?", serviceCase.getId());
      jdbc.update("delete from gd_case where id = ?", serviceCase.getId());
    }
  }

  /**
   * Three cases in the period (two on its very edges), two just outside it. Minutes used are chosen so that
   * every figure can be worked out by hand.
   */
  void handMadeCases() {
    ServiceCase a = handMadeCase("2025-06-16T00:00:00+08:00");
    met(a, "FIRST_CONTACT", 30);
    met(a, "RESOLUTION", 600);
    ServiceCase b = handMadeCase("2025-06-18T10:00:00+08:00");
    met(b, "FIRST_CONTACT", 60);
    met(b, "RESOLUTION", 1000);
    // Reopened: a second RESOLUTION clock, due after 2000 minutes, stopped after 3000.
    SlaClock rework = new SlaClock(b.getId(), "RESOLUTION", b.getReceivedAt(), null, b.getReceivedAt().plusSeconds(2000 * 60));
    rework.stop(b.getReceivedAt().plusSeconds(3000 * 60));
    clocks.save(rework);
    ServiceCase c = handMadeCase("2025-06-20T23:59:59+08:00");
    SlaClock missed = new SlaClock(c.getId(), "FIRST_CONTACT", c.getReceivedAt(), null, c.getReceivedAt().plusSeconds(3600));
    missed.breach(c.getReceivedAt().plusSeconds(3601));
    clocks.save(missed);
    clocks.save(new SlaClock(c.getId(), "RESOLUTION", c.getReceivedAt(), null, c.getReceivedAt().plusSeconds(86400)));
    met(handMadeCase("2025-06-21T00:00:00+08:00"), "FIRST_CONTACT", 10);
    met(handMadeCase("2025-06-15T23:59:59+08:00"), "FIRST_CONTACT", 10);
  }

  @Test
  void figuresPerUnitCaseTypeAndClockWithSubtotalAndTotal() {
    handMadeCases();

    Api.Response response = api.get("supervisor", "/api/reports/sla?" + PERIOD + "&unit=" + UNIT);

    assertThat(response.code()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("from").asText()).isEqualTo("2025-06-16");
    assertThat(report.get("to").asText()).isEqualTo("2025-06-20");
    assertThat(report.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(report.get("unit").asText()).isEqualTo(UNIT);
    JsonNode rows = report.get("rows");
    assertThat(rows).hasSize(2);
    JsonNode firstContact = rows.get(0);
    assertThat(firstContact.get("unit").asText()).isEqualTo(UNIT);
    assertThat(firstContact.get("caseType").asText()).isEqualTo("COMPLAINT");
    assertThat(firstContact.get("clock").asText()).isEqualTo("FIRST_CONTACT");
    // 30 and 60 minutes met, one breached by its timer and not yet stopped (no time used).
    assertFigures(firstContact, 3, 2, 1, 0, "0.6667", "45.0", "60.0", 3, 2, 1, 0, "0.6667");
    JsonNode resolution = rows.get(1);
    assertThat(resolution.get("clock").asText()).isEqualTo("RESOLUTION");
    // 600 and 1000 met, 3000 breached, one running: average 4600 / 3, p90 = rank 3 of 3.
    // Cases: a on time, b breached (its rework), c open.
    assertFigures(resolution, 4, 2, 1, 1, "0.6667", "1533.3", "3000.0", 3, 1, 1, 1, "0.5000");
    JsonNode unit = report.get("units").get(0);
    assertThat(report.get("units")).hasSize(1);
    assertThat(unit.get("unit").asText()).isEqualTo(UNIT);
    assertThat(unit.get("caseType").isNull()).isTrue();
    assertThat(unit.get("clock").isNull()).isTrue();
    // Over all clocks: a on time; b and c breached. Time used 30, 60, 600, 1000, 3000 → 938.0, p90 rank 5 of 5.
    assertFigures(unit, 7, 4, 2, 1, "0.6667", "938.0", "3000.0", 3, 1, 2, 0, "0.3333");
    JsonNode total = report.get("total");
    assertThat(total.get("unit").isNull()).isTrue();
    assertFigures(total, 7, 4, 2, 1, "0.6667", "938.0", "3000.0", 3, 1, 2, 0, "0.3333");
  }

  @Test
  void filtersByClockAndCaseType() {
    handMadeCases();

    JsonNode report = api.get("auditor", "/api/reports/sla?" + PERIOD + "&unit=" + UNIT
        + "&clock=RESOLUTION&caseType=COMPLAINT").json();
    assertThat(report.get("rows")).hasSize(1);
    assertThat(report.get("clock").asText()).isEqualTo("RESOLUTION");
    assertFigures(report.get("total"), 4, 2, 1, 1, "0.6667", "1533.3", "3000.0", 3, 1, 1, 1, "0.5000");

    JsonNode none = api.get("auditor", "/api/reports/sla?" + PERIOD + "&unit=" + UNIT + "&caseType=REPAIR").json();
    assertThat(none.get("rows")).isEmpty();
    assertThat(none.get("units")).isEmpty();
    assertFigures(none.get("total"), 0, 0, 0, 0, null, null, null, 0, 0, 0, 0, null);
  }

  @Test
  void aComplaintDrivenThroughItsProcessIsReportedWithItsUnitsName() {
    Instant received = OffsetDateTime.parse("2025-06-17T09:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(received.plusSeconds(60)));
    ServiceCase serviceCase = complaints.open("XC", received);
    String process = serviceCase.getProcessInstanceId();
    // First contact after two hours: met.
    ClockUtil.setCurrentTime(Date.from(received.plus(Duration.ofHours(2))));
    complete(process, "contactCustomer", Map.of("contactNote", "已联系客户"));
    // The resolution timer fires; the answer is approved an hour later.
    Instant due = clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()).stream()
        .filter(c -> c.getClock().equals("RESOLUTION")).findFirst().orElseThrow().getDueAt();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    Job timer = managementService.createJobQuery().processInstanceId(process).timers()
        .activityId("resolutionOverdue").singleResult();
    managementService.executeJob(timer.getId());
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(3600)));
    complete(process, "investigate", Map.of("resolution", "已处理"));
    complete(process, "review", Map.of("reviewDecision", "APPROVE"));
    ClockUtil.reset();

    JsonNode report = api.get("demo", "/api/reports/sla?from=2025-06-17&to=2025-06-17&unit=handlers-xc").json();

    JsonNode rows = report.get("rows");
    assertThat(rows).extracting(row -> row.get("clock").asText())
        .containsExactlyInAnyOrder("FIRST_CONTACT", "RESOLUTION", "CALLBACK");
    JsonNode firstContact = row(rows, "FIRST_CONTACT");
    assertThat(firstContact.get("unitName").asText()).isEqualTo("西城供电所");
    assertFigures(firstContact, 1, 1, 0, 0, "1.0000", "120.0", "120.0", 1, 1, 0, 0, "1.0000");
    String resolutionMinutes = ComplianceArithmetic.minutes(due.plusSeconds(3600).getEpochSecond()
        - received.getEpochSecond()).toPlainString();
    assertFigures(row(rows, "RESOLUTION"), 1, 0, 1, 0, "0.0000", resolutionMinutes, resolutionMinutes, 1, 0, 1, 0, "0.0000");
    // Approved, so the callback clock runs: open, neither met nor breached.
    assertFigures(row(rows, "CALLBACK"), 1, 0, 0, 1, null, null, null, 1, 0, 0, 1, null);
    assertFigures(report.get("total"), 3, 1, 1, 1, "0.5000", null, null, 1, 0, 1, 0, "0.0000");
  }

  @Test
  void csvForExcelWithBomChineseHeaderAndFilename() {
    handMadeCases();

    Api.Response csv = api.get("auditor", "/api/reports/sla?" + PERIOD + "&unit=" + UNIT + "&format=csv");

    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo(MediaType.parseMediaType("text/csv"));
    assertThat(csv.headers().getContentType().getCharset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.headers().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("sla-report-2025-06-16-2025-06-20.csv");
    assertThat(csv.body()).startsWith("\uFEFF");
    assertThat(csv.body().substring(1).split("\r\n")).containsExactly(
        "处理单位,单位名称,工单类型,时限,时限数,按时,超时,未完成,按时率,平均用时(分钟),90%用时(分钟),工单数,按时工单,超时工单,未完结工单,工单按时率",
        "handlers-rpt,,COMPLAINT,FIRST_CONTACT,3,2,1,0,0.6667,45.0,60.0,3,2,1,0,0.6667",
        "handlers-rpt,,COMPLAINT,RESOLUTION,4,2,1,1,0.6667,1533.3,3000.0,3,1,1,1,0.5000",
        "handlers-rpt,,全部,全部,7,4,2,1,0.6667,938.0,3000.0,3,1,2,0,0.3333",
        "合计,,全部,全部,7,4,2,1,0.6667,938.0,3000.0,3,1,2,0,0.3333");
  }

  @Test
  void csvAlsoByAcceptHeaderAndJsonWhenPreferred() {
    Api.Response csv = api.call(HttpMethod.GET, "supervisor", "supervisor", "/api/reports/sla?" + PERIOD, null,
        Map.of("Accept", "text/csv"));
    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo(MediaType.parseMediaType("text/csv"));

    Api.Response json = api.call(HttpMethod.GET, "supervisor", "supervisor", "/api/reports/sla?" + PERIOD, null,
        Map.of("Accept", "application/json, text/csv;q=0.5"));
    assertThat(json.contentType()).isEqualTo(MediaType.APPLICATION_JSON);

    Api.Response forced = api.call(HttpMethod.GET, "supervisor", "supervisor",
        "/api/reports/sla?" + PERIOD + "&format=json", null, Map.of("Accept", "text/csv"));
    assertThat(forced.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
  }

  @Test
  void invalidParametersAreAllNamed() {
    Api.Response missing = api.get("supervisor", "/api/reports/sla");
    assertThat(missing.code()).isEqualTo(400);
    assertThat(fields(missing)).containsExactlyInAnyOrder("from", "to");

    Api.Response everything = api.get("supervisor",
        "/api/reports/sla?from=2025-13-01&to=yesterday&caseType=FOO&clock=first contact&unit=a%20b&format=xml");
    assertThat(everything.code()).isEqualTo(400);
    assertThat(everything.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(everything)).containsExactlyInAnyOrder("from", "to", "caseType", "clock", "unit", "format");

    Api.Response reversed = api.get("supervisor", "/api/reports/sla?from=2025-06-20&to=2025-06-19");
    assertThat(fields(reversed)).containsExactly("to");

    Api.Response tooLong = api.get("supervisor", "/api/reports/sla?from=2024-01-01&to=2025-01-01");
    assertThat(fields(tooLong)).containsExactly("to");
    assertThat(api.get("supervisor", "/api/reports/sla?from=2024-01-01&to=2024-12-31").code()).isEqualTo(200);

    Api.Response csvClient = api.call(HttpMethod.GET, "supervisor", "supervisor", "/api/reports/sla?from=x&to=y",
        null, Map.of("Accept", "text/csv"));
    assertThat(csvClient.code()).isEqualTo(400);
    assertThat(fields(csvClient)).containsExactlyInAnyOrder("from", "to");
  }

  @Test
  void onlySupervisorsAuditorsAndAdministratorsReadTheReport() {
    String path = "/api/reports/sla?" + PERIOD;
    for (String user : List.of("supervisor", "auditor", "demo")) {
      assertThat(api.get(user, path).code()).as(user).isEqualTo(200);
    }
    for (String user : List.of("agent", "handler-xc", "handler-hp", "callback")) {
      Api.Response refused = api.get(user, path);
      assertThat(refused.code()).as(user).isEqualTo(403);
      assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(api.call(HttpMethod.GET, null, null, path, null, Map.of()).code()).isEqualTo(401);
  }

  private ServiceCase handMadeCase(String receivedAt) {
    Instant received = OffsetDateTime.parse(receivedAt).toInstant();
    ServiceCase serviceCase = new ServiceCase(CaseType.COMPLAINT, Channel.HOTLINE,
        new Customer("3301234567", "张三", "13812345678"), "XC", AreaType.URBAN, "SERVICE",
        "营业厅服务态度差", "报表测试", received, received, "agent");
    serviceCase.assignCaseNo("RPT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    serviceCase.routeTo(UNIT, received);
    return cases.save(serviceCase);
  }

  /** A clock due after a day, stopped {@code minutes} after the case was received: met. */
  private void met(ServiceCase serviceCase, String clock, long minutes) {
    SlaClock slaClock = new SlaClock(serviceCase.getId(), clock, serviceCase.getReceivedAt(), null,
        serviceCase.getReceivedAt().plusSeconds(86400));
    slaClock.stop(serviceCase.getReceivedAt().plusSeconds(minutes * 60));
    clocks.save(slaClock);
  }

  private void complete(String process, String activityId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(activityId).singleResult();
    taskService.complete(task.getId(), variables);
  }

  private static List<String> fields(Api.Response response) {
    return StreamSupport.stream(response.json().get("errors").spliterator(), false)
        .map(error -> error.get("field").asText()).toList();
  }

  private static void assertFigures(JsonNode row, long count, long met, long breached, long open, String onTimeRate,
      String average, String p90, long cases, long casesOnTime, long casesBreached, long casesOpen,
      String caseOnTimeRate) {
    assertThat(row.get("count").asLong()).as("count").isEqualTo(count);
    assertThat(row.get("met").asLong()).as("met").isEqualTo(met);
    assertThat(row.get("breached").asLong()).as("breached").isEqualTo(breached);
    assertThat(row.get("open").asLong()).as("open").isEqualTo(open);
    assertDecimal(row, "onTimeRate", onTimeRate);
    if (average != null || p90 != null) {
      assertDecimal(row, "averageMinutesUsed", average);
      assertDecimal(row, "p90MinutesUsed", p90);
    }
    assertThat(row.get("cases").asLong()).as("cases").isEqualTo(cases);
    assertThat(row.get("casesOnTime").asLong()).as("casesOnTime").isEqualTo(casesOnTime);
    assertThat(row.get("casesBreached").asLong()).as("casesBreached").isEqualTo(casesBreached);
    assertThat(row.get("casesOpen").asLong()).as("casesOpen").isEqualTo(casesOpen);
    assertDecimal(row, "caseOnTimeRate", caseOnTimeRate);
  }

  private static void assertDecimal(JsonNode row, String field, String expected) {
    JsonNode value = row.get(field);
    assertThat(value).as(field).isNotNull();
    if (expected == null) {
      assertThat(value.isNull()).as(field + " is null").isTrue();
    } else {
      assertThat(value.decimalValue()).as(field).isEqualByComparingTo(expected);
    }
  }

  private static JsonNode row(JsonNode rows, String clock) {
    for (JsonNode row : rows) {
      if (row.get("clock").asText().equals(clock)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + clock);
  }
}
