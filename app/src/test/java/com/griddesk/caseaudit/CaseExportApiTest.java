package com.griddesk.caseaudit;

import static com.griddesk.caseaudit.CaseSearchFiltersApiTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.HandMadeCases;
import com.griddesk.support.RunningCases;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/exports/cases and /api/exports/timelines over cases received in the week of 2025-11-24, which belongs to
 * this test alone (removed before and after each test): the CSV's content as Excel needs it, the customer masked,
 * one line per timeline entry, every export in the audit log, and who may export.
 */
@GridDeskTest
class CaseExportApiTest {

  static final String PERIOD = "from=2025-11-24&to=2025-11-28";
  static final Instant WINDOW_START = Instant.parse("2025-11-20T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-12-02T00:00:00Z");
  static final String CASES_HEADER = "工单编号,工单类型,分类,渠道,状态,供电区域,处理单位,单位名称,客户姓名(脱敏),客户电话(脱敏),"
      + "受理时间,办结时间,办结结果,SLA结果,超时时限,催办次数,重办次数,回访结果";
  static final String TIMELINES_HEADER = "工单编号,序号,时间,来源,事件,操作人,流程,流程版本,环节,环节名称,详情";
  /** A unit name an administrator could give, which Excel would run as a formula if it were not defused. */
  static final String FORMULA_UNIT = "csv-formula";
  static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"点击\")";

  @Autowired Api api;
  @Autowired HandMadeCases handMade;
  @Autowired Complaints complaints;
  @Autowired RunningCases runningCases;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @BeforeEach
  @AfterEach
  void removeWindow() {
    ClockUtil.reset();
    handMade.removeReceivedBetween(WINDOW_START, WINDOW_END);
    identityService.deleteGroup(FORMULA_UNIT);
  }

  @Test
  void casesAsCsvForExcelOneLinePerCaseOldestFirstCustomerMasked() {
    ServiceCase breached = handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.CLOSED,
        at("2025-11-25T10:00:00+08:00"), "营业厅服务态度差");
    handMade.breached(breached, "FIRST_CONTACT");
    handMade.breached(breached, "RESOLUTION");
    ServiceCase open = handMade.create(CaseType.REPAIR, "LOW_VOLTAGE", "HP", "repair-hp", CaseStatus.DISPATCHED,
        at("2025-11-24T00:00:00+08:00"), "家中停电");
    handMade.running(open, "ARRIVAL", Instant.parse("2099-01-01T00:00:00Z"));

    Api.Response csv = api.get("auditor", "/api/exports/cases?" + PERIOD);

    assertThat(csv.code()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo(MediaType.parseMediaType("text/csv"));
    assertThat(csv.headers().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(csv.headers().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("cases-2025-11-24-2025-11-28.csv");
    assertThat(csv.body()).startsWith("\uFEFF").endsWith("\r\n");
    assertThat(lines(csv)).containsExactly(
        CASES_HEADER,
        open.getCaseNo() + ",REPAIR,LOW_VOLTAGE,HOTLINE,DISPATCHED,HP,repair-hp,和平抢修班,张*,138****5678,"
            + "2025-11-24 00:00:00,,,OPEN,,0,0,",
        breached.getCaseNo() + ",COMPLAINT,SERVICE,HOTLINE,CLOSED,XC,handlers-xc,西城供电所,张*,138****5678,"
            + "2025-11-25 10:00:00,2025-11-26 10:00:00,ANSWERED,BREACHED,FIRST_CONTACT;RESOLUTION,0,0,");
    assertThat(csv.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE)
        .doesNotContain(breached.customer().accountNo()).doesNotContain("营业厅服务态度差");

    // The same filters as the search.
    assertThat(lines(api.get("auditor", "/api/exports/cases?" + PERIOD + "&slaOutcome=BREACHED&unit=handlers-xc")))
        .hasSize(2).last().asString().startsWith(breached.getCaseNo() + ",");
    assertThat(lines(api.get("demo", "/api/exports/cases?" + PERIOD + "&type=PRAISE"))).containsExactly(CASES_HEADER);
  }

  @Test
  void aCellExcelWouldRunAsAFormulaIsWrittenAsText() {
    Group group = identityService.newGroup(FORMULA_UNIT);
    group.setName(FORMULA);
    identityService.saveGroup(group);
    ServiceCase routed = handMade.create(CaseType.OPINION, "SERVICE", "XC", FORMULA_UNIT, CaseStatus.IN_PROGRESS,
        at("2025-11-26T10:00:00+08:00"), "意见");

    List<String> lines = lines(api.get("auditor", "/api/exports/cases?" + PERIOD));

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(routed.getCaseNo() + ",OPINION,SERVICE,HOTLINE,IN_PROGRESS,XC,csv-formula,"
        + "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\",张*,");
  }

  @Test
  void aReportersNameIsMaskedForAuditorsAndWithheldFromAdministrators() {
    ServiceCase report = handMade.create(CaseType.REPORT, "ELECTRICITY_THEFT", "XC", "handlers-xc",
        CaseStatus.IN_PROGRESS, at("2025-11-27T10:00:00+08:00"), "举报窃电");

    assertThat(lines(api.get("auditor", "/api/exports/cases?" + PERIOD)).get(1))
        .startsWith(report.getCaseNo() + ",").contains(",张*,138****5678,");
    assertThat(lines(api.get("demo", "/api/exports/cases?" + PERIOD)).get(1))
        .startsWith(report.getCaseNo() + ",").contains(",（举报人信息保密）,,").doesNotContain("138****5678");
  }

  @Test
  void aBigPeriodIsReadInChunksWithoutLosingOrRepeatingACase() {
    // More than two chunks, many received in the same second: the chunks continue after (receivedAt, id).
    List<String> expected = new ArrayList<>();
    Instant first = at("2025-11-24T08:00:00+08:00");
    for (int i = 0; i < CaseExports.CHUNK * 2 + 17; i++) {
      expected.add(handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
          first.plusSeconds(i / 7), "批量").getCaseNo());
    }

    List<String> lines = lines(api.get("auditor", "/api/exports/cases?" + PERIOD));

    assertThat(lines.subList(1, lines.size()).stream().map(line -> line.substring(0, line.indexOf(','))).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void timelinesAsCsvOneLinePerEntryOfEachCaseAsTheTimelineShowsIt() throws Exception {
    Instant received = at("2025-11-25T09:00:00+08:00");
    ClockUtil.setCurrentTime(Date.from(received.plusSeconds(60)));
    ServiceCase complaint = complaints.open("XC", received);
    RunningCases.RunningCase running = runningCases.of(complaint);
    ClockUtil.setCurrentTime(Date.from(received.plusSeconds(3600)));
    running.complete("contactCustomer", Map.of("contactNote", "-已联系客户，约定上门"));
    ServiceCase handMadeCase = handMade.create(CaseType.COMPLAINT, "SERVICE", "HP", "handlers-hp",
        CaseStatus.CLOSED, at("2025-11-26T10:00:00+08:00"), "无流程");
    handMade.breached(handMadeCase, "RESOLUTION");
    ClockUtil.reset();

    Api.Response csv = api.get("auditor", "/api/exports/timelines?" + PERIOD);

    assertThat(csv.code()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFF");
    assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("timelines-2025-11-24-2025-11-28.csv");
    List<String> lines = lines(csv);
    assertThat(lines.get(0)).isEqualTo(TIMELINES_HEADER);
    List<String[]> rows = lines.subList(1, lines.size()).stream().map(CaseExportApiTest::cells).toList();
    for (ServiceCase serviceCase : List.of(complaint, handMadeCase)) {
      JsonNode entries = api.get("auditor", "/api/cases/" + serviceCase.getCaseNo() + "/timeline").json()
          .path("entries");
      List<String[]> ofCase = rows.stream().filter(row -> row[0].equals(serviceCase.getCaseNo())).toList();
      assertThat(ofCase).as(serviceCase.getCaseNo()).hasSize(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        JsonNode entry = entries.get(i);
        String[] row = ofCase.get(i);
        assertThat(row[1]).isEqualTo(entry.path("sequence").asText());
        assertThat(row[3]).isEqualTo(entry.path("source").asText());
        assertThat(row[4]).isEqualTo(entry.path("kind").asText());
        assertThat(row[5]).isEqualTo(entry.path("actor").asText(""));
        assertThat(row[6]).isEqualTo(entry.path("process").asText(""));
        assertThat(row[7]).isEqualTo(entry.path("processVersion").asText(""));
        assertThat(row[8]).isEqualTo(entry.path("activity").asText(""));
        assertThat(row[9]).isEqualTo(entry.path("name").asText(""));
        assertThat(json.readTree(row[10])).isEqualTo(entry.path("details"));
      }
    }
    // The complaint's first lines come before the hand-made case's: cases oldest receipt first.
    assertThat(rows.get(0)[0]).isEqualTo(complaint.getCaseNo());
    assertThat(rows.stream().map(row -> row[4])).contains("CASE_OPENED", "PROCESS_STARTED", "TASK_COMPLETED",
        "FORM_SUBMITTED", "CLOCK_BREACHED");
    assertThat(csv.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE);
  }

  @Test
  void everyExportIsRecordedInTheAuditLogWithItsFiltersAndRows() {
    handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-11-24T10:00:00+08:00"), "一");
    handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-11-25T10:00:00+08:00"), "二");
    long before = lastAuditId();

    assertThat(api.get("auditor", "/api/exports/cases?" + PERIOD + "&type=COMPLAINT&unit=handlers-xc").code())
        .isEqualTo(200);
    assertThat(api.get("demo", "/api/exports/timelines?" + PERIOD + "&slaOutcome=OPEN").code()).isEqualTo(200);

    List<Map<String, Object>> entries = jdbc.queryForList(
        "select actor, action, case_no, details from gd_audit_log where id > ? order by id", before);
    assertThat(entries).extracting(entry -> entry.get("action")).containsSubsequence("CASES_EXPORTED",
        "TIMELINES_EXPORTED");
    Map<String, Object> cases = entries.stream().filter(e -> "CASES_EXPORTED".equals(e.get("action"))).findFirst()
        .orElseThrow();
    assertThat(cases.get("actor")).isEqualTo("auditor");
    assertThat(cases.get("case_no")).isNull();
    assertThat(cases.get("details")).isEqualTo("{\"from\":\"2025-11-24\",\"to\":\"2025-11-28\",\"type\":\"COMPLAINT\","
        + "\"unit\":\"handlers-xc\",\"cases\":2,\"rows\":2,\"completed\":true}");
    Map<String, Object> timelines = entries.stream().filter(e -> "TIMELINES_EXPORTED".equals(e.get("action")))
        .findFirst().orElseThrow();
    assertThat(timelines.get("actor")).isEqualTo("demo");
    // Hand-made cases have no history: their timelines are empty.
    assertThat(timelines.get("details")).isEqualTo("{\"from\":\"2025-11-24\",\"to\":\"2025-11-28\","
        + "\"slaOutcome\":\"OPEN\",\"cases\":2,\"rows\":0,\"completed\":true}");
    assertThat(api.get("auditor", "/api/audit/verify").json().path("valid").asBoolean()).isTrue();
  }

  @Test
  void onlyAuditorsAndAdministratorsExportAndARefusedOrInvalidExportRecordsNothing() {
    long before = lastAuditId();
    for (String path : List.of("/api/exports/cases?" + PERIOD, "/api/exports/timelines?" + PERIOD)) {
      for (String user : List.of("handler-xc", "agent", "callback", "supervisor", "crew-xc")) {
        Api.Response refused = api.get(user, path);
        assertThat(refused.code()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      }
      assertThat(api.call(HttpMethod.GET, null, null, path, null, Map.of()).code()).isEqualTo(401);
      assertThat(api.post("auditor", path, Map.of()).code()).isEqualTo(403);
    }

    Api.Response noPeriod = api.get("auditor", "/api/exports/cases?type=COMPLAINT");
    assertThat(noPeriod.code()).isEqualTo(400);
    assertThat(noPeriod.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(noPeriod.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("from", "to");
    Api.Response tooLong = api.get("auditor", "/api/exports/timelines?from=2024-11-24&to=2025-11-28&slaOutcome=LATE");
    assertThat(tooLong.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("to", "slaOutcome");

    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where id > ? and action in (?, ?)", Long.class,
        before, "CASES_EXPORTED", "TIMELINES_EXPORTED")).isZero();
  }

  private long lastAuditId() {
    Long last = jdbc.queryForObject("select coalesce(max(id), 0) from gd_audit_log", Long.class);
    return last == null ? 0 : last;
  }

  /** The CSV's lines without the byte order mark; fails unless the answer is 200. */
  private static List<String> lines(Api.Response csv) {
    assertThat(csv.code()).as(csv.toString()).isEqualTo(200);
    return Arrays.asList(csv.body().substring(1).split("\r\n"));
  }

  /** One CSV line's cells, RFC 4180 quotes undone (the lines of this test have no line breaks in cells). */
  static String[] cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }
}
