package com.griddesk.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.ClockState;
import com.griddesk.support.Api;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.HandMadeCases;
import com.griddesk.support.RunningCases;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * GET /api/cases with the auditors' filters: period of receipt, type, unit, status, SLA outcome. Six hand-made cases
 * received in the week of 2025-11-17 (two on its very edges) that differ in each dimension, two just outside it;
 * nothing else is received near that week (removed before and after each test), so every result is exact.
 */
@GridDeskTest
class CaseSearchFiltersApiTest {

  static final String PERIOD = "from=2025-11-17&to=2025-11-21";
  static final Instant WINDOW_START = Instant.parse("2025-11-10T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-11-29T00:00:00Z");
  static final Instant FAR_FUTURE = Instant.parse("2099-01-01T00:00:00Z");

  @Autowired Api api;
  @Autowired HandMadeCases handMade;
  @Autowired Complaints complaints;
  @Autowired RunningCases runningCases;

  /** Open complaint of 西城, its clock running: OPEN. Received at the first instant of the period. */
  ServiceCase openXc;
  /** Repair of 和平's crew, closed, both clocks met: MET. */
  ServiceCase metRepair;
  /** Complaint of 和平, closed late (its timer breached the clock): BREACHED. Received at the period's last second. */
  ServiceCase breachedHp;
  /** Complaint of 西城 in progress, its clock past the deadline before its timer ran: BREACHED. */
  ServiceCase overdueXc;
  /** Consultation of 西城 answered without any clock: MET. */
  ServiceCase consultation;
  /** Repair of 和平's crew closed at restoration, its callback clock still running: OPEN. */
  ServiceCase awaitingCallback;

  @BeforeEach
  void cases() {
    removeWindow();
    openXc = handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-11-17T00:00:00+08:00"), "营业厅服务态度差");
    handMade.running(openXc, "FIRST_CONTACT", FAR_FUTURE);
    metRepair = handMade.create(CaseType.REPAIR, "LOW_VOLTAGE", "HP", "repair-hp", CaseStatus.CLOSED,
        at("2025-11-19T10:00:00+08:00"), "家中停电");
    handMade.met(metRepair, "ARRIVAL");
    handMade.met(metRepair, "RESTORATION");
    breachedHp = handMade.create(CaseType.COMPLAINT, "BUSINESS", "HP", "handlers-hp", CaseStatus.CLOSED,
        at("2025-11-21T23:59:59+08:00"), "电费有误");
    handMade.met(breachedHp, "FIRST_CONTACT");
    handMade.breached(breachedHp, "RESOLUTION");
    overdueXc = handMade.create(CaseType.COMPLAINT, "OUTAGE", "XC", "handlers-xc", CaseStatus.IN_PROGRESS,
        at("2025-11-18T09:00:00+08:00"), "停电未通知");
    handMade.running(overdueXc, "RESOLUTION", at("2025-11-20T09:00:00+08:00"));
    consultation = handMade.create(CaseType.CONSULTATION, "BILLING", "XC", "handlers-xc", CaseStatus.CLOSED,
        at("2025-11-20T15:00:00+08:00"), "怎么交电费");
    awaitingCallback = handMade.create(CaseType.REPAIR, "HIGH_VOLTAGE", "HP", "repair-hp", CaseStatus.CLOSED,
        at("2025-11-20T16:00:00+08:00"), "线路故障");
    handMade.met(awaitingCallback, "RESTORATION");
    handMade.running(awaitingCallback, "CALLBACK", FAR_FUTURE);
    handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-11-16T23:59:59+08:00"), "前一天");
    handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-11-22T00:00:00+08:00"), "后一天");
  }

  @AfterEach
  void removeWindow() {
    ClockUtil.reset();
    handMade.removeReceivedBetween(WINDOW_START, WINDOW_END);
  }

  @Test
  void thePeriodIsWholeDaysInBeijingBothInclusive() {
    assertThat(caseNos("auditor", PERIOD)).containsExactlyInAnyOrder(no(openXc), no(metRepair), no(breachedHp),
        no(overdueXc), no(consultation), no(awaitingCallback));
    assertThat(caseNos("auditor", "from=2025-11-21&to=2025-11-21")).containsExactly(no(breachedHp));
    assertThat(caseNos("auditor", "from=2025-11-17&to=2025-11-17")).containsExactly(no(openXc));
    assertThat(caseNos("auditor", "from=2025-11-23&to=2025-11-28")).isEmpty();
  }

  @Test
  void eachFilterSelectsItsCases() {
    assertThat(caseNos("auditor", PERIOD + "&type=REPAIR")).containsExactlyInAnyOrder(no(metRepair),
        no(awaitingCallback));
    assertThat(caseNos("auditor", PERIOD + "&unit=handlers-hp")).containsExactly(no(breachedHp));
    assertThat(caseNos("auditor", PERIOD + "&unit=repair-hp")).containsExactlyInAnyOrder(no(metRepair),
        no(awaitingCallback));
    assertThat(caseNos("auditor", PERIOD + "&unit=handlers-zz")).isEmpty();
    assertThat(caseNos("auditor", PERIOD + "&status=CLOSED")).containsExactlyInAnyOrder(no(metRepair),
        no(breachedHp), no(consultation), no(awaitingCallback));
    assertThat(caseNos("auditor", PERIOD + "&status=IN_PROGRESS")).containsExactly(no(overdueXc));
    assertThat(caseNos("auditor", PERIOD + "&serviceArea=XC")).containsExactlyInAnyOrder(no(openXc),
        no(overdueXc), no(consultation));
    assertThat(caseNos("auditor", PERIOD + "&type=COMPLAINT&unit=handlers-xc&status=IN_PROGRESS"))
        .containsExactly(no(overdueXc));
  }

  @Test
  void slaOutcomeIsMetBreachedOrOpenForEveryCase() {
    assertThat(caseNos("auditor", PERIOD + "&slaOutcome=MET")).containsExactlyInAnyOrder(no(metRepair),
        no(consultation));
    // Breached by its timer, and past its deadline with the timer not yet run.
    assertThat(caseNos("auditor", PERIOD + "&slaOutcome=BREACHED")).containsExactlyInAnyOrder(no(breachedHp),
        no(overdueXc));
    // Still open, and closed with the callback's clock still running.
    assertThat(caseNos("auditor", PERIOD + "&slaOutcome=OPEN")).containsExactlyInAnyOrder(no(openXc),
        no(awaitingCallback));
    assertThat(caseNos("auditor", PERIOD + "&slaOutcome=BREACHED&type=COMPLAINT&status=CLOSED"))
        .containsExactly(no(breachedHp));

    // Each result line says the outcome the filter selects by.
    Map<String, String> outcomes = new HashMap<>();
    items("auditor", PERIOD).forEach(item -> outcomes.put(item.path("caseNo").asText(),
        item.path("slaOutcome").asText()));
    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(no(openXc), "OPEN", no(metRepair), "MET",
        no(breachedHp), "BREACHED", no(overdueXc), "BREACHED", no(consultation), "MET", no(awaitingCallback), "OPEN"));
  }

  @Test
  void aComplaintWhoseFirstContactTimerFiresTurnsFromOpenToBreached() {
    Instant received = at("2025-11-19T09:00:00+08:00");
    ClockUtil.setCurrentTime(Date.from(received.plusSeconds(60)));
    ServiceCase complaint = complaints.open("XC", received);
    RunningCases.RunningCase running = runningCases.of(complaint);
    String byNumber = PERIOD + "&type=COMPLAINT&unit=handlers-xc&status=AWAITING_CONTACT";

    assertThat(caseNos("auditor", byNumber + "&slaOutcome=OPEN")).contains(no(complaint));
    assertThat(caseNos("auditor", byNumber + "&slaOutcome=BREACHED")).doesNotContain(no(complaint));

    Instant due = running.clock("FIRST_CONTACT").getDueAt();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    running.fire("firstContactOverdue");
    assertThat(running.clock("FIRST_CONTACT").getState()).isEqualTo(ClockState.BREACHED);

    assertThat(caseNos("auditor", byNumber + "&slaOutcome=BREACHED")).contains(no(complaint));
    assertThat(caseNos("auditor", byNumber + "&slaOutcome=OPEN")).doesNotContain(no(complaint));
    assertThat(caseNos("auditor", byNumber + "&slaOutcome=MET")).doesNotContain(no(complaint));
  }

  @Test
  void pagesNewestReceiptFirstWithoutGapsOrRepeats() {
    List<JsonNode> pages = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      Api.Response response = api.get("auditor", "/api/cases?" + PERIOD + "&size=2&page=" + page);
      assertThat(response.code()).as(response.toString()).isEqualTo(200);
      pages.add(response.json());
    }
    assertThat(pages).allSatisfy(page -> {
      assertThat(page.path("totalItems").asLong()).isEqualTo(6);
      assertThat(page.path("totalPages").asInt()).isEqualTo(3);
      assertThat(page.path("size").asInt()).isEqualTo(2);
      assertThat(page.path("items")).hasSize(2);
    });
    List<String> inOrder = pages.stream().flatMap(page -> page.path("items").findValuesAsText("caseNo").stream())
        .toList();
    assertThat(inOrder).containsExactly(no(breachedHp), no(awaitingCallback), no(consultation), no(metRepair),
        no(overdueXc), no(openXc));
    assertThat(items("auditor", PERIOD + "&size=2&page=3")).isEmpty();
  }

  @Test
  void invalidFiltersAreNamedInA400AndAPeriodComesWhole() {
    assertThat(fields(api.get("auditor", "/api/cases?from=2025-13-01&to=yesterday")))
        .containsExactlyInAnyOrder("from", "to");
    assertThat(fields(api.get("auditor", "/api/cases?from=2025-11-21&to=2025-11-20"))).containsExactly("to");
    assertThat(fields(api.get("auditor", "/api/cases?from=2024-01-01&to=2025-01-01"))).containsExactly("to");
    assertThat(api.get("auditor", "/api/cases?from=2024-01-01&to=2024-12-31").code()).isEqualTo(200);
    assertThat(fields(api.get("auditor", "/api/cases?from=2025-11-17"))).containsExactly("to");
    assertThat(fields(api.get("auditor", "/api/cases?to=2025-11-17"))).containsExactly("from");
    assertThat(fields(api.get("auditor", "/api/cases?" + PERIOD + "&slaOutcome=LATE&unit=handlers%20xc&type=FAULT"
        + "&status=OPEN&size=0"))).containsExactlyInAnyOrder("slaOutcome", "unit", "type", "status", "size");

    Api.Response response = api.get("auditor", "/api/cases?from=2025-11-21&to=2025-11-20");
    assertThat(response.code()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aHandlingUnitFindsOnlyItsOwnCasesWhateverItFiltersBy() {
    assertThat(caseNos("handler-xc", PERIOD)).containsExactlyInAnyOrder(no(openXc), no(overdueXc),
        no(consultation));
    assertThat(caseNos("handler-xc", PERIOD + "&slaOutcome=BREACHED")).containsExactly(no(overdueXc));
    assertThat(caseNos("handler-xc", PERIOD + "&unit=handlers-hp")).isEmpty();
    assertThat(caseNos("handler-xc", PERIOD + "&serviceArea=HP")).isEmpty();
    assertThat(caseNos("handler-hp", PERIOD)).containsExactly(no(breachedHp));
    assertThat(caseNos("handler-hp", PERIOD + "&slaOutcome=OPEN")).isEmpty();
    // The hotline and supervisors read every case, as before.
    assertThat(caseNos("agent", PERIOD)).hasSize(6);
    assertThat(caseNos("supervisor", PERIOD + "&unit=repair-hp")).containsExactlyInAnyOrder(no(metRepair),
        no(awaitingCallback));
  }

  private List<String> caseNos(String user, String query) {
    return items(user, query + "&size=100").stream().map(item -> item.path("caseNo").asText()).toList();
  }

  private List<JsonNode> items(String user, String query) {
    Api.Response response = api.get(user, "/api/cases?" + query);
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    return StreamSupport.stream(response.json().path("items").spliterator(), false).toList();
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    return response.json().path("errors").findValuesAsText("field");
  }

  private static String no(ServiceCase serviceCase) {
    return serviceCase.getCaseNo();
  }

  static Instant at(String time) {
    return OffsetDateTime.parse(time).toInstant();
  }
}
