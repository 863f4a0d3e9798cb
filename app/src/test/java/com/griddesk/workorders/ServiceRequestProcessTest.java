package com.griddesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.ClockState;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and timer of processes/service-request.bpmn: reconnection (restore, then answer, both clocks from
 * receipt), appliance damage (on site, on-site handling, then the answer clock), and the kinds answered within
 * their own limit; each missed limit breached and escalated to the office's supervisors.
 */
@GridDeskTest
class ServiceRequestProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing; no holiday in the following weeks. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();
  /** One working day after receipt: the end of Wednesday 11 March. */
  static final Instant ONE_WORKING_DAY = OffsetDateTime.parse("2026-03-12T00:00:00+08:00").toInstant();
  static final Instant DAY_LATER = RECEIVED.plus(Duration.ofHours(24));

  @Autowired ProcessEngine engine;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;

  RunningCases.RunningCase request;

  @BeforeEach
  void atReceipt() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reconnectionRestoresPowerWithin24HoursAndAnswersWithinOneWorkingDayOfReceipt() {
    open("RECONNECTION");

    assertThat(request.process()).isWaitingAt("restorePower");
    assertThat(request.candidateGroups("restorePower")).containsExactly("business-xc");
    assertThat(request.clockNames()).containsExactly("RESTORATION", "RESOLUTION");
    assertThat(request.clock("RESTORATION").getDueAt()).isEqualTo(DAY_LATER);
    assertThat(request.clock("RESOLUTION").getStartedAt()).isEqualTo(RECEIVED);
    assertThat(request.clock("RESOLUTION").getDueAt()).isEqualTo(ONE_WORKING_DAY);
    Task restore = request.task("restorePower");
    assertThat(restore.getDueDate().toInstant()).isEqualTo(DAY_LATER);
    assertThat(restore.getFollowUpDate().toInstant()).isEqualTo(RECEIVED.plus(Duration.ofHours(18)));
    assertThat(restore.getPriority()).isEqualTo(70);
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);

    request.complete("restorePower", Map.of("restorationNote", "已恢复送电"));
    assertThat(request.clock("RESTORATION").getState()).isEqualTo(ClockState.MET);
    assertThat(request.process()).isWaitingAt("answer");
    assertThat(request.task("answer").getDueDate().toInstant()).isEqualTo(ONE_WORKING_DAY);
    assertThat(request.candidateGroups("answer")).containsExactly("business-xc");

    request.complete("answer", Map.of("answer", "已恢复送电并告知客户"));
    assertClosedOnTime();
  }

  @Test
  void missedRestorationIsBreachedAndEscalatedWhileTheBusinessHallKeepsTheTask() {
    open("RECONNECTION");
    ClockUtil.setCurrentTime(Date.from(DAY_LATER.plusSeconds(1)));

    request.fire("restorationOverdue");

    assertThat(request.clock("RESTORATION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.RUNNING);
    Task escalation = request.escalationTasks().get(0);
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(request.groupsOf(escalation)).containsExactly("supervisors-xc");
    assertThat(request.process()).isWaitingAt("restorePower", "restorationEscalation");

    request.complete("restorePower", Map.of("restorationNote", "已恢复送电"));
    request.complete("answer", Map.of("answer", "已恢复送电"));
    request.callBack("SATISFIED");
    assertThat(status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(request.clock("RESTORATION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.MET);
    assertThat(caseViews.of(request.reload()).onTime()).isFalse();
  }

  @Test
  void missedAnswerOfAReconnectionIsBreachedAndEscalated() {
    open("RECONNECTION");
    request.complete("restorePower", Map.of("restorationNote", "已恢复送电"));
    assertThat(request.timer("resolutionOverdue").getDuedate().toInstant()).isEqualTo(ONE_WORKING_DAY);
    ClockUtil.setCurrentTime(Date.from(ONE_WORKING_DAY.plusSeconds(1)));

    request.fire("resolutionOverdue");

    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(request.process()).isWaitingAt("answer", "resolutionEscalation");
  }

  @Test
  void applianceDamageIsVisitedWithin24HoursAndAnsweredWithinOneWorkingDayOfTheOnSiteHandling() {
    open("APPLIANCE_DAMAGE");

    assertThat(request.process()).isWaitingAt("arriveOnSite");
    assertThat(request.candidateGroups("arriveOnSite")).containsExactly("business-xc");
    assertThat(request.clockNames()).containsExactly("ARRIVAL");
    assertThat(request.clock("ARRIVAL").getDueAt()).isEqualTo(DAY_LATER);
    assertThat(request.task("arriveOnSite").getDueDate().toInstant()).isEqualTo(DAY_LATER);

    request.complete("arriveOnSite", Map.of("arrivalNote", "14 时到达客户家中"));
    assertThat(request.clock("ARRIVAL").getState()).isEqualTo(ClockState.MET);
    assertThat(request.process()).isWaitingAt("inspectOnSite");
    assertThat(request.clockNames()).containsExactly("ARRIVAL");

    // On-site handling ends Wed 11 March 15:00: one working day is the end of Thursday 12 March.
    Instant handled = OffsetDateTime.parse("2026-03-11T15:00:00+08:00").toInstant();
    Instant answerDue = OffsetDateTime.parse("2026-03-13T00:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(handled));
    request.complete("inspectOnSite", Map.of("onSiteFindings", "电视机电源板损坏，系电压波动所致"));

    assertThat(request.process()).isWaitingAt("answer");
    assertThat(request.clock("RESOLUTION").getStartedAt()).isEqualTo(handled);
    assertThat(request.clock("RESOLUTION").getDueAt()).isEqualTo(answerDue);
    assertThat(request.task("answer").getDueDate().toInstant()).isEqualTo(answerDue);
    request.complete("answer", Map.of("answer", "同意按规定赔偿"));
    assertClosedOnTime();
  }

  @Test
  void missedArrivalIsBreachedAndEscalated() {
    open("APPLIANCE_DAMAGE");
    assertThat(request.timer("arrivalOverdue").getDuedate().toInstant()).isEqualTo(DAY_LATER);
    ClockUtil.setCurrentTime(Date.from(DAY_LATER.plusSeconds(1)));

    request.fire("arrivalOverdue");

    assertThat(request.clock("ARRIVAL").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(request.process()).isWaitingAt("arriveOnSite", "arrivalEscalation");
    request.complete("arriveOnSite", Map.of("arrivalNote", "迟到"));
    assertThat(request.process()).isWaitingAt("inspectOnSite", "arrivalEscalation");
  }

  @Test
  void missedAnswerAfterTheOnSiteHandlingIsBreachedAndEscalated() {
    open("APPLIANCE_DAMAGE");
    request.complete("arriveOnSite", Map.of("arrivalNote", "已到达"));
    request.complete("inspectOnSite", Map.of("onSiteFindings", "已核查"));
    Instant due = request.clock("RESOLUTION").getDueAt();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));

    request.fire("resolutionOverdue");

    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.clock("ARRIVAL").getState()).isEqualTo(ClockState.MET);
    assertThat(request.process()).isWaitingAt("answer", "resolutionEscalation");
  }

  @ParameterizedTest(name = "{0}: due {1}")
  @CsvSource({
      "METER_TEST, 2026-03-18T00:00:00+08:00",           // 5 working days
      "METER_FAULT, 2026-03-17T00:00:00+08:00",          // 4
      "METER_READING_ERROR, 2026-03-19T00:00:00+08:00",  // 6
      "OTHER, 2026-03-18T00:00:00+08:00"})               // 5
  void otherKindsAreAnsweredWithinTheirOwnLimitFromReceipt(String category, String due) {
    open(category);

    assertThat(request.process()).isWaitingAt("answer");
    assertThat(request.clockNames()).containsExactly("RESOLUTION");
    assertThat(request.clock("RESOLUTION").getDueAt()).isEqualTo(OffsetDateTime.parse(due).toInstant());
    assertThat(request.task("answer").getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse(due).toInstant());
    assertThat(request.candidateGroups("answer")).containsExactly("business-xc");

    request.complete("answer", Map.of("answer", "已办理"));
    assertClosedOnTime();
  }

  @Test
  void missedAnswerOfAMeterFaultIsBreachedAndEscalated() {
    open("METER_FAULT");
    Instant due = request.clock("RESOLUTION").getDueAt();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));

    request.fire("resolutionOverdue");

    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(request.process()).isWaitingAt("answer", "resolutionEscalation");
    request.complete("answer", Map.of("answer", "已更换电能表"));
    request.callBack("SATISFIED");
    assertThat(status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(request.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void theAnswerCannotBeEmpty() {
    open("OTHER");
    Task answer = request.task("answer");

    assertThatThrownBy(() -> engine.getTaskService().complete(answer.getId(), Map.of("answer", " ")))
        .hasMessageContaining("答复内容");
    assertThat(request.process()).isWaitingAt("answer");
  }

  @Test
  void theOtherOfficesBusinessHallWorksItsArea() {
    ServiceCase hp = workOrders.open(CaseType.SERVICE_REQUEST, "METER_TEST", "HP", RECEIVED);
    request = runningCases.of(hp);
    assertThat(request.candidateGroups("answer")).containsExactly("business-hp");
    ClockUtil.setCurrentTime(Date.from(request.clock("RESOLUTION").getDueAt().plusSeconds(1)));
    request.fire("resolutionOverdue");
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-hp");
  }

  /** Answered: the customer is called back, and the case closes with the callback. */
  private void assertClosedOnTime() {
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    assertThat(request.candidateGroups("callCustomer")).containsExactly("callback");
    request.callBack("SATISFIED");
    assertThat(request.process()).isEnded();
    ServiceCase closed = request.reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(caseViews.of(closed).onTime()).isTrue();
  }

  private void open(String category) {
    request = runningCases.of(workOrders.open(CaseType.SERVICE_REQUEST, category, "XC", RECEIVED));
  }

  private CaseStatus status() {
    return request.reload().getStatus();
  }
}
