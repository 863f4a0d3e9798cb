package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * GET /api/reports/feedback on hand-made feedback: in service areas of the test's own, in two weeks of July to
 * November 2025, when no other test gives feedback (a random week each run), so that every figure can be checked
 * exactly.
 */
@GridDeskTest
class FeedbackReportApiTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired FeedbackFixtures fixtures;
  @Autowired Api api;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theReportCountsSatisfactionReasonsThePoolAndTheOpenActions() {
    LocalDate monday = LocalDate.of(2025, 1, 6).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
        ThreadLocalRandom.current().nextLong(28, 46)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant day = monday.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
    ClockUtil.setCurrentTime(Date.from(day));
    String a = fixtures.newArea();
    String b = fixtures.newArea();
    String c = fixtures.newArea();
    String acct1 = CaseBodies.uniqueAccountNo();
    String acct2 = CaseBodies.uniqueAccountNo();
    String acct3 = CaseBodies.uniqueAccountNo();
    String acct4 = CaseBodies.uniqueAccountNo();
    String repairCrew = "repair-" + a.toLowerCase();

    ServiceCase c1 = fixtures.registered(CaseType.COMPLAINT, "OUTAGE", a, FeedbackFixtures.handlers(a), day, acct1);
    fixtures.callback(c1, CallbackOutcome.SATISFIED, null);
    ServiceCase c2 = fixtures.registered(CaseType.COMPLAINT, "SERVICE", a, FeedbackFixtures.handlers(a), day, acct2);
    fixtures.callback(c2, CallbackOutcome.DISSATISFIED, "营业厅排队太久");
    ServiceCase c3 = fixtures.registered(CaseType.COMPLAINT, "BUSINESS", a, FeedbackFixtures.handlers(a), day, acct1);
    fixtures.callback(c3, CallbackOutcome.BASICALLY_SATISFIED, null, "SURVEY");
    ServiceCase c4 = fixtures.registered(CaseType.REPAIR, "LOW_VOLTAGE", a, repairCrew, day, acct3);
    fixtures.callback(c4, CallbackOutcome.UNREACHABLE, null);
    fixtures.survey(c4, 1, "抢修太慢");
    ServiceCase c5 = fixtures.registered(CaseType.SUGGESTION, "SERVICE", a, FeedbackFixtures.handlers(a), day, acct3);
    fixtures.survey(c5, 5, null);
    ServiceCase c6 = fixtures.registered(CaseType.COMPLAINT, "SERVICE", b, FeedbackFixtures.handlers(b),
        day.minus(Duration.ofDays(7)), acct4);
    fixtures.callback(c6, CallbackOutcome.SATISFIED, null);
    fixtures.survey(c6, 4, "还可以");
    // The day before the period: not counted.
    fixtures.registered(CaseType.COMPLAINT, "SERVICE", b, FeedbackFixtures.handlers(b),
        day.minus(Duration.ofDays(9)), acct4);
    for (int i = 0; i < 3; i++) {
      fixtures.complaint(c, "GRID_CONSTRUCTION", day);
    }
    ImprovementAction action = fixtures.onlyAction(c);

    String period = "/api/reports/feedback?from=" + monday.minusDays(7) + "&to=" + monday.plusDays(6);
    Api.Response answer = api.get("supervisor", period);

    assertThat(answer.code()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode report = answer.json();
    assertThat(report.path("from").asText()).isEqualTo(monday.minusDays(7).toString());
    assertThat(report.path("timeZone").asText()).isEqualTo("Asia/Shanghai");

    JsonNode byUnit = report.path("satisfactionByUnit");
    assertThat(byUnit).hasSize(3);
    figures(row(byUnit, "unit", FeedbackFixtures.handlers(a)), 3, 1, 1, 1, 0, 3, "0.6667", 1, "5.00", 0);
    figures(row(byUnit, "unit", repairCrew), 1, 0, 0, 0, 1, 0, null, 1, "1.00", 1);
    figures(row(byUnit, "unit", FeedbackFixtures.handlers(b)), 1, 1, 0, 0, 0, 1, "1.0000", 1, "4.00", 0);
    JsonNode byType = report.path("satisfactionByCaseType");
    assertThat(byType.findValuesAsText("caseType")).containsExactly("COMPLAINT", "REPAIR", "SUGGESTION");
    figures(row(byType, "caseType", "COMPLAINT"), 4, 2, 1, 1, 0, 4, "0.7500", 1, "4.00", 0);
    figures(row(byType, "caseType", "REPAIR"), 1, 0, 0, 0, 1, 0, null, 1, "1.00", 1);
    figures(row(byType, "caseType", "SUGGESTION"), 0, 0, 0, 0, 0, 0, null, 1, "5.00", 0);
    figures(report.path("satisfactionTotal"), 5, 2, 1, 1, 1, 4, "0.7500", 3, "3.33", 1);

    JsonNode reasons = report.path("dissatisfactionReasons");
    assertThat(reasons.findValuesAsText("category")).containsExactly("LOW_VOLTAGE", "SERVICE");
    assertThat(reasons.get(0).path("categoryLabel").asText()).isEqualTo("低压故障");
    assertThat(reasons.get(0).path("reasons")).singleElement().satisfies(reason -> {
      assertThat(reason.path("caseNo").asText()).isEqualTo(c4.getCaseNo());
      assertThat(reason.path("source").asText()).isEqualTo("SURVEY");
      assertThat(reason.path("score").asInt()).isEqualTo(1);
      assertThat(reason.path("words").asText()).isEqualTo("抢修太慢");
    });
    assertThat(reasons.get(1).path("reasons")).singleElement().satisfies(reason -> {
      assertThat(reason.path("caseNo").asText()).isEqualTo(c2.getCaseNo());
      assertThat(reason.path("source").asText()).isEqualTo("CALLBACK");
      assertThat(reason.path("outcome").asText()).isEqualTo("DISSATISFIED");
      assertThat(reason.path("unit").asText()).isEqualTo(FeedbackFixtures.handlers(a));
      assertThat(reason.path("words").asText()).isEqualTo("营业厅排队太久");
    });

    JsonNode pool = report.path("pool");
    assertThat(pool.path("byCategory").findValuesAsText("key"))
        .containsExactly("SERVICE", "GRID_CONSTRUCTION", "BUSINESS", "LOW_VOLTAGE", "OUTAGE");
    counts(row(pool.path("byCategory"), "key", "SERVICE"), 2, 1, 2, 1, 2, 7);
    assertThat(row(pool.path("byCategory"), "key", "SERVICE").path("label").asText()).isEqualTo("服务");
    counts(row(pool.path("byCategory"), "key", "GRID_CONSTRUCTION"), 3, 0, 0, 0, 0, 3);
    counts(row(pool.path("byCategory"), "key", "LOW_VOLTAGE"), 0, 0, 1, 0, 1, 2);
    assertThat(pool.path("byServiceArea").get(0).path("key").asText()).isEqualTo(a);
    counts(row(pool.path("byServiceArea"), "key", a), 3, 1, 4, 1, 2, 10);
    assertThat(row(pool.path("byServiceArea"), "key", a).path("label").asText()).isEqualTo("测试供电所" + a);
    counts(row(pool.path("byServiceArea"), "key", b), 1, 0, 1, 0, 1, 3);
    counts(row(pool.path("byServiceArea"), "key", c), 3, 0, 0, 0, 0, 3);
    counts(row(pool.path("byCustomer"), "key", acct1), 2, 0, 2, 0, 0, 4);
    counts(row(pool.path("byCustomer"), "key", acct3), 0, 1, 1, 0, 2, 4);
    counts(row(pool.path("byCustomer"), "key", acct4), 1, 0, 1, 0, 1, 3);
    counts(row(pool.path("byCustomer"), "key", acct2), 1, 0, 1, 1, 0, 2);
    assertThat(pool.path("byCustomer")).hasSize(7);
    assertThat(pool.path("byWeek").findValuesAsText("key")).containsExactly(
        week(monday.minusDays(7)), week(monday));
    counts(pool.path("byWeek").get(0), 1, 0, 0, 0, 0, 1);
    assertThat(pool.path("byWeek").get(1).path("total").asInt()).isEqualTo(15);

    JsonNode open = row(report.path("openImprovementActions"), "actionNo", action.getActionNo());
    assertThat(open.path("category").asText()).isEqualTo("GRID_CONSTRUCTION");
    assertThat(open.path("categoryLabel").asText()).isEqualTo("电网建设");
    assertThat(open.path("serviceArea").asText()).isEqualTo(c);
    assertThat(open.path("unitName").asText()).isEqualTo("测试供电所" + c);
    assertThat(open.path("responsibleGroup").asText()).isEqualTo(FeedbackFixtures.handlers(c));
    assertThat(open.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(Instant.parse(open.path("dueAt").asText())).isEqualTo(action.getDueAt());
    assertThat(open.path("overdue").asBoolean()).isFalse();
    assertThat(open.path("feedbackCount").asInt()).isEqualTo(3);

    ClockUtil.setCurrentTime(Date.from(action.getDueAt().plusSeconds(1)));
    JsonNode later = api.get("auditor", period).json();
    assertThat(row(later.path("openImprovementActions"), "actionNo", action.getActionNo()).path("overdue").asBoolean())
        .isTrue();

    fixtures.implementAndVerify(action, "线路改造工程完工并恢复路面");
    JsonNode afterClose = api.get("auditor", period).json();
    assertThat(afterClose.path("openImprovementActions").findValuesAsText("actionNo"))
        .doesNotContain(action.getActionNo());
  }

  @Test
  void onlySupervisorsAuditorsAndAdministratorsReadTheReport() {
    String period = "/api/reports/feedback?from=2026-03-01&to=2026-03-31";
    for (String reader : new String[] {"supervisor", "auditor", "demo"}) {
      Api.Response answer = api.get(reader, period);
      assertThat(answer.code()).as(reader + ": " + answer).isEqualTo(200);
    }
    for (String other : new String[] {"agent", "handler-xc", "callback", "editor"}) {
      Api.Response refused = api.get(other, period);
      assertThat(refused.code()).as(other).isEqualTo(403);
      assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  void badDatesAreNamed() {
    assertThat(fields(api.get("supervisor", "/api/reports/feedback"))).containsExactlyInAnyOrder("from", "to");
    assertThat(fields(api.get("supervisor", "/api/reports/feedback?from=2026-3-1&to=2026-02-30")))
        .containsExactlyInAnyOrder("from", "to");
    assertThat(fields(api.get("supervisor", "/api/reports/feedback?from=2026-03-10&to=2026-03-09")))
        .containsExactly("to");
    assertThat(fields(api.get("supervisor", "/api/reports/feedback?from=2025-01-01&to=2026-01-02")))
        .containsExactly("to");
    assertThat(api.get("supervisor", "/api/reports/feedback?from=2025-01-01&to=2026-01-01").code()).isEqualTo(200);
  }

  private static List<String> fields(Api.Response answer) {
    assertThat(answer.code()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return answer.json().path("errors").findValuesAsText("field");
  }

  private static String week(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static JsonNode row(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (value.equals(row.path(field).asText())) {
        return row;
      }
    }
    throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
  }

  private static void figures(JsonNode row, long callbacks, long satisfied, long basically, long dissatisfied,
      long unreachable, long reached, String rate, long surveys, String average, long low) {
    assertThat(row.path("callbacks").asLong()).as("callbacks " + row).isEqualTo(callbacks);
    assertThat(row.path("satisfied").asLong()).as("satisfied " + row).isEqualTo(satisfied);
    assertThat(row.path("basicallySatisfied").asLong()).as("basicallySatisfied " + row).isEqualTo(basically);
    assertThat(row.path("dissatisfied").asLong()).as("dissatisfied " + row).isEqualTo(dissatisfied);
    assertThat(row.path("unreachable").asLong()).as("unreachable " + row).isEqualTo(unreachable);
    assertThat(row.path("reached").asLong()).as("reached " + row).isEqualTo(reached);
    if (rate == null) {
      assertThat(row.path("satisfactionRate").isNull()).as("no rate " + row).isTrue();
    } else {
      assertThat(row.path("satisfactionRate").decimalValue()).as("rate " + row).isEqualByComparingTo(new BigDecimal(rate));
    }
    assertThat(row.path("surveys").asLong()).as("surveys " + row).isEqualTo(surveys);
    assertThat(row.path("averageScore").decimalValue()).as("average " + row).isEqualByComparingTo(new BigDecimal(average));
    assertThat(row.path("lowScores").asLong()).as("low " + row).isEqualTo(low);
  }

  private static void counts(JsonNode row, long complaints, long suggestions, long callbacks, long dissatisfied,
      long surveys, long total) {
    assertThat(row.path("complaints").asLong()).as("complaints " + row).isEqualTo(complaints);
    assertThat(row.path("suggestions").asLong()).as("suggestions " + row).isEqualTo(suggestions);
    assertThat(row.path("callbacks").asLong()).as("callbacks " + row).isEqualTo(callbacks);
    assertThat(row.path("dissatisfiedCallbacks").asLong()).as("dissatisfied " + row).isEqualTo(dissatisfied);
    assertThat(row.path("surveys").asLong()).as("surveys " + row).isEqualTo(surveys);
    assertThat(row.path("total").asLong()).as("total " + row).isEqualTo(total);
  }
}
