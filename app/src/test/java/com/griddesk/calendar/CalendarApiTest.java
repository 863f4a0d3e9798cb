package com.griddesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.sla.CalendarNotAvailableException;
import com.griddesk.sla.DeadlineCalculator;
import com.griddesk.sla.SlaTarget;
import com.griddesk.sla.SlaUnit;
import com.griddesk.sla.WorkingDayCalendar;
import com.griddesk.support.Api;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators load and replace a year of the working-day calendar through the API, as JSON or CSV. The
 * tests use 2031 and 2032 only, and remove them before and after each test, so that a persistent database
 * (MySQL) keeps only the calendar Liquibase loads.
 */
@GridDeskTest
class CalendarApiTest {

  private static final String SOURCE_2031 = "国务院办公厅关于2031年部分节假日安排的通知";
  private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

  @Autowired
  Api api;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  DeadlineCalculator deadlines;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  @AfterEach
  void removeTestYears() {
    jdbc.update("delete from gd_calendar_day where calendar_date between ? and ?",
        LocalDate.of(2031, 1, 1), LocalDate.of(2032, 12, 31));
    jdbc.update("delete from gd_calendar_year where calendar_year in (2031, 2032)");
    calendar.reload();
  }

  @Test
  void anAdministratorLoadsAYearAndDeadlinesInItComputeAtOnce() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 6)))
        .isInstanceOf(CalendarNotAvailableException.class);

    Api.Response response = api.put("demo", "/api/calendar/years/2031", newYear2031());

    assertThat(response.code()).as(response.toString()).isEqualTo(201);
    assertThat(response.headers().getLocation()).hasToString("/api/calendar/years/2031");
    assertThat(response.json().path("source").asText()).isEqualTo(SOURCE_2031);
    assertThat(days(response.json())).containsExactly(
        tuple("2031-01-01", "HOLIDAY", "元旦"), tuple("2031-01-02", "HOLIDAY", "元旦"),
        tuple("2031-01-03", "HOLIDAY", "元旦"), tuple("2031-01-11", "WORKDAY", "元旦调休"));
    // New Year's Day off, Jan 2-3 off, then the weekend: the first working day is Monday Jan 6.
    assertThat(deadlines.due(at("2031-01-01T10:00:00+08:00"), new SlaTarget(1, SlaUnit.WORKING_DAYS)))
        .isEqualTo(at("2031-01-07T00:00:00+08:00"));
    // Friday 16:30 plus 2 working hours: 17:30 Friday, then 09:30 on the make-up Saturday.
    assertThat(deadlines.due(at("2031-01-10T16:30:00+08:00"), new SlaTarget(2, SlaUnit.WORKING_HOURS)))
        .isEqualTo(at("2031-01-11T09:30:00+08:00"));
  }

  @Test
  void loadingAYearAgainReplacesItsDaysAndSource() {
    api.put("demo", "/api/calendar/years/2031", newYear2031());
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isFalse();

    Api.Response response = api.put("demo", "/api/calendar/years/2031", Map.of(
        "source", "国务院办公厅关于2031年部分节假日安排的通知（修订）",
        "days", List.of(day("2031-01-01", "HOLIDAY", "元旦"))));

    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    JsonNode year = api.get("demo", "/api/calendar/years/2031").json();
    assertThat(year.path("source").asText()).endsWith("（修订）");
    assertThat(days(year)).containsExactly(tuple("2031-01-01", "HOLIDAY", "元旦"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).as("no longer a holiday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 11))).as("no longer worked").isFalse();
  }

  @Test
  void theListNamesEveryLoadedYearWithItsSource() {
    api.put("demo", "/api/calendar/years/2031", newYear2031());

    Api.Response response = api.get("demo", "/api/calendar/years");

    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    List<JsonNode> years = new ArrayList<>();
    response.json().forEach(years::add);
    assertThat(years).extracting(y -> y.path("year").asInt()).contains(2025, 2026, 2031).isSorted();
    JsonNode loaded = years.stream().filter(y -> y.path("year").asInt() == 2031).findFirst().orElseThrow();
    assertThat(loaded.path("source").asText()).isEqualTo(SOURCE_2031);
    assertThat(loaded.path("holidays").asInt()).isEqualTo(3);
    assertThat(loaded.path("workdays").asInt()).isEqualTo(1);
    JsonNode year2026 = years.stream().filter(y -> y.path("year").asInt() == 2026).findFirst().orElseThrow();
    assertThat(year2026.path("source").asText()).contains("2026");
  }

  @Test
  void aYearNotLoadedIsNotFound() {
    Api.Response response = api.get("demo", "/api/calendar/years/2090");

    assertThat(response.code()).as(response.toString()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("detail").asText()).contains("2090");
  }

  @Test
  void aCsvLikeTheLiquibaseDataLoadsAYear() {
    String csv = "date,kind,name\r\n"
        + "# 国务院办公厅关于2032年部分节假日安排的通知\r\n"
        + "\r\n"
        + "2032-01-01,HOLIDAY,元旦\r\n"
        + "2032-01-02, HOLIDAY ,元旦\r\n"
        + "2032-01-04,WORKDAY,元旦调休\r\n";

    Api.Response response = putCsv("/api/calendar/years/2032?source=国务院办公厅关于2032年部分节假日安排的通知", csv);

    assertThat(response.code()).as(response.toString()).isEqualTo(201);
    JsonNode year = api.get("demo", "/api/calendar/years/2032").json();
    assertThat(year.path("source").asText()).isEqualTo("国务院办公厅关于2032年部分节假日安排的通知");
    assertThat(days(year)).containsExactly(tuple("2032-01-01", "HOLIDAY", "元旦"),
        tuple("2032-01-02", "HOLIDAY", "元旦"), tuple("2032-01-04", "WORKDAY", "元旦调休"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2032, 1, 4))).as("Sunday worked in exchange").isTrue();
  }

  @Test
  void aCsvWithoutHeaderIsAccepted() {
    Api.Response response = putCsv("/api/calendar/years/2032?source=通知", "2032-01-01,HOLIDAY,元旦\n");

    assertThat(response.code()).as(response.toString()).isEqualTo(201);
    assertThat(days(api.get("demo", "/api/calendar/years/2032").json()))
        .containsExactly(tuple("2032-01-01", "HOLIDAY", "元旦"));
  }

  @Test
  void everyInvalidJsonEntryIsNamedAndNothingChanges() {
    api.put("demo", "/api/calendar/years/2031", newYear2031());
    List<Object> days = new ArrayList<>();
    days.add(day("2031-01-01", "HOLIDAY", "元旦"));
    days.add(day("2030-12-31", "HOLIDAY", "元旦"));
    days.add(day("2031-02-30", "HOLIDAY", "春节"));
    days.add(day("2031-01-01", "HOLIDAY", "元旦"));
    days.add(day("2031-01-20", "HOLIDAYS", "春节"));
    days.add(day("2031-01-07", "WORKDAY", "调休"));
    days.add(Map.of("date", "2031-01-21", "kind", "HOLIDAY"));
    days.add(day("2031-01-22", "HOLIDAY", "节".repeat(65)));
    days.add(null);

    Api.Response response = api.put("demo", "/api/calendar/years/2031",
        body("  ", days));

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("source", "days[1].date", "days[2].date", "days[3].date",
        "days[4].kind", "days[5].date", "days[6].name", "days[7].name", "days[8].date", "days[8].kind",
        "days[8].name");
    assertThat(message(response, "days[3].date")).contains("重复").contains("days[0]");
    assertThat(message(response, "days[5].date")).contains("周六或周日");
    assertThat(message(response, "days[1].date")).contains("不在 2031 年内");
    assertThat(days(api.get("demo", "/api/calendar/years/2031").json())).hasSize(4);
    assertThat(api.get("demo", "/api/calendar/years/2031").json().path("source").asText()).isEqualTo(SOURCE_2031);
  }

  @Test
  void theYearMustBeSaneAndTheDaysGiven() {
    assertThat(fields(api.put("demo", "/api/calendar/years/1999", newYear2031()))).contains("year");
    assertThat(fields(api.put("demo", "/api/calendar/years/2101", newYear2031()))).contains("year");
    assertThat(fields(api.put("demo", "/api/calendar/years/abcd", newYear2031()))).contains("year");
    assertThat(fields(api.get("demo", "/api/calendar/years/20x1"))).containsExactly("year");
    assertThat(fields(api.put("demo", "/api/calendar/years/2031", body(SOURCE_2031, List.of()))))
        .containsExactly("days");
    assertThat(fields(api.put("demo", "/api/calendar/years/2031", Map.of("source", SOURCE_2031))))
        .containsExactly("days");
    assertThat(fields(api.put("demo", "/api/calendar/years/2031",
        "{\"source\":\"x\",\"days\":[],\"comment\":\"?\"}"))).containsExactly("comment");
    assertThat(api.get("demo", "/api/calendar/years/2031").code()).isEqualTo(404);
  }

  @Test
  void everyInvalidCsvLineIsNamedByItsNumber() {
    String csv = "date,kind,name\n"
        + "2032-01-01,HOLIDAY,元旦\n"
        + "2032-01-01,HOLIDAY,元旦\n"
        + "# a comment\n"
        + "2031-12-31,HOLIDAY,元旦\n"
        + "2032-01-05,WORKDAY,调休\n"
        + "2032-01-06,DAYOFF,春节\n"
        + "2032-01-07,HOLIDAY\n"
        + "2032-01-08,HOLIDAY,\n";

    Api.Response response = putCsv("/api/calendar/years/2032", csv);

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("line 8", "source", "line 3", "line 5", "line 6",
        "line 7", "line 9");
    assertThat(message(response, "line 3")).contains("重复").contains("line 2");
    assertThat(message(response, "line 8")).contains("三列");
    assertThat(message(response, "line 9")).contains("名称必填");
    assertThat(api.get("demo", "/api/calendar/years/2032").code()).isEqualTo(404);
  }

  @Test
  void anEmptyCsvIsRefused() {
    Api.Response response = putCsv("/api/calendar/years/2032?source=通知", "date,kind,name\n# nothing\n");

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("body");
  }

  @Test
  void otherContentTypesAreRefused() {
    Api.Response response = api.call(HttpMethod.PUT, "demo", "demo", "/api/calendar/years/2032?source=x",
        "2032-01-01,HOLIDAY,元旦", Map.of("Content-Type", "text/plain"));

    assertThat(response.code()).as(response.toString()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(strings = {"supervisor", "agent", "auditor"})
  void onlyAdministratorsMayReadOrChangeTheCalendar(String user) {
    assertThat(api.get(user, "/api/calendar/years").code()).isEqualTo(403);
    assertThat(api.get(user, "/api/calendar/years/2026").code()).isEqualTo(403);
    Api.Response put = api.put(user, "/api/calendar/years/2031", newYear2031());
    assertThat(put.code()).as(put.toString()).isEqualTo(403);
    assertThat(put.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    Api.Response csv = api.call(HttpMethod.PUT, user, user, "/api/calendar/years/2031?source=x",
        "2031-01-01,HOLIDAY,元旦", Map.of("Content-Type", CSV_UTF8));
    assertThat(csv.code()).isEqualTo(403);
    assertThat(api.get("demo", "/api/calendar/years/2031").code()).as("nothing loaded").isEqualTo(404);
  }

  @Test
  void withoutLoginTheCalendarIsClosed() {
    assertThat(api.call(HttpMethod.GET, null, null, "/api/calendar/years", null, Map.of()).code()).isEqualTo(401);
    assertThat(api.call(HttpMethod.PUT, null, null, "/api/calendar/years/2031", newYear2031(), Map.of()).code())
        .isEqualTo(401);
    try {
      assertThat(api.call(HttpMethod.PUT, "demo", "wrong", "/api/calendar/years/2031", newYear2031(), Map.of())
          .code()).isEqualTo(401);
    } finally {
      // The wrong password locks the shared demo administrator for a while; later tests log in as demo.
      identityService.unlockUser("demo");
    }
  }

  private Api.Response putCsv(String path, String csv) {
    return api.call(HttpMethod.PUT, "demo", "demo", path, csv, Map.of("Content-Type", CSV_UTF8));
  }

  private static Map<String, Object> newYear2031() {
    return body(SOURCE_2031, List.of(
        day("2031-01-01", "HOLIDAY", "元旦"), day("2031-01-02", "HOLIDAY", "元旦"),
        day("2031-01-03", "HOLIDAY", "元旦"), day("2031-01-11", "WORKDAY", "元旦调休")));
  }

  private static Map<String, Object> body(String source, List<?> days) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("source", source);
    body.put("days", days);
    return body;
  }

  private static Map<String, String> day(String date, String kind, String name) {
    return Map.of("date", date, "kind", kind, "name", name);
  }

  private static List<org.assertj.core.groups.Tuple> days(JsonNode year) {
    List<org.assertj.core.groups.Tuple> days = new ArrayList<>();
    year.path("days").forEach(d -> days.add(tuple(d.path("date").asText(), d.path("kind").asText(),
        d.path("name").asText())));
    return days;
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  private static String message(Api.Response response, String field) {
    for (JsonNode error : response.json().path("errors")) {
      if (error.path("field").asText().equals(field)) {
        return error.path("message").asText();
      }
    }
    throw new AssertionError("no error for " + field + " in " + response);
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
