package com.griddesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.sla.ClockState;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * Every path and timer of processes/repair.bpmn for a call that dispatches a crew: accept, arrive within the
 * ARRIVAL limit of the area type, restore within the RESTORATION limit from arrival, close as RESTORED, callback;
 * each missed limit breached and escalated while the crew (or the callback team) keeps the task. Linked calls of
 * one outage: {@link OutageLinkingTest}.
 */
@GridDeskTest
class RepairProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing; no holiday in the following weeks. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();
  /** One working day after a callback clock started on Tuesday: the end of Wednesday 11 March. */
  static final Instant ONE_WORKING_DAY = OffsetDateTime.parse("2026-03-12T00:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;

  RunningCases.RunningCase repair;

  @BeforeEach
  void atReceipt() {
    BpmnAwareTests.init(engine);
    at(RECEIVED.plusSeconds(60));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCrewAcceptsArrivesAndRestoresThenTheCustomerIsCalledBack() {
    open("LOW_VOLTAGE", AreaType.URBAN);

    assertThat(repair.process()).isWaitingAt("acceptRepair");
    assertThat(repair.candidateGroups("acceptRepair")).containsExactly("repair-xc");
    assertThat(status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(repair.clockNames()).containsExactly("ARRIVAL");
    Instant arrivalDue = RECEIVED.plus(Duration.ofMinutes(45));
    assertThat(repair.clock("ARRIVAL").getDueAt()).isEqualTo(arrivalDue);
    Task accept = repair.task("acceptRepair");
    assertThat(accept.getDueDate().toInstant()).isEqualTo(arrivalDue);
    assertThat(accept.getFollowUpDate().toInstant()).isEqualTo(RECEIVED.plusSeconds(45 * 60 * 3 / 4));
    assertThat(accept.getPriority()).isEqualTo(80);
    assertThat(repair.variable("joinedOutage")).isEqualTo(false);

    repair.complete("acceptRepair", Map.of("acceptNote", "张师傅带队，预计 30 分钟到达"));
    assertThat(status()).isEqualTo(CaseStatus.CREW_ACCEPTED);
    assertThat(repair.process()).isWaitingAt("arriveOnSite");
    assertThat(repair.task("arriveOnSite").getDueDate().toInstant()).isEqualTo(arrivalDue);

    Instant arrived = RECEIVED.plus(Duration.ofMinutes(35));
    at(arrived);
    repair.complete("arriveOnSite", Map.of("arrivalNote", "已到达，10 千伏线路故障"));
    assertThat(repair.clock("ARRIVAL").getState()).isEqualTo(ClockState.MET);
    assertThat(status()).isEqualTo(CaseStatus.ON_SITE);
    assertThat(repair.clock("RESTORATION").getStartedAt()).isEqualTo(arrived);
    assertThat(repair.clock("RESTORATION").getDueAt()).isEqualTo(arrived.plus(Duration.ofHours(3)));
    assertThat(repair.task("restorePower").getDueDate().toInstant()).isEqualTo(arrived.plus(Duration.ofHours(3)));
    assertThat(repair.candidateGroups("restorePower")).containsExactly("repair-xc");

    at(arrived.plus(Duration.ofHours(2)));
    repair.complete("restorePower", Map.of("faultCause", "LINE", "repairNote", "更换熔断器，已恢复送电"));
    assertThat(repair.clock("RESTORATION").getState()).isEqualTo(ClockState.MET);
    var restored = repair.reload();
    assertThat(restored.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(restored.getCloseOutcome()).isEqualTo(CloseOutcome.RESTORED);
    assertThat(restored.getClosedAt()).isEqualTo(arrived.plus(Duration.ofHours(2)));
    // Closed, but the callback clock still runs: whether the case was on time is not known yet.
    assertThat(caseViews.of(restored).onTime()).isNull();
    assertThat(repair.process()).isWaitingAt("callback");
    assertThat(repair.candidateGroups("callCustomer")).containsExactly("callback");
    assertThat(repair.clock("CALLBACK").getDueAt()).isEqualTo(ONE_WORKING_DAY);

    repair.complete("callCustomer", Map.of("callbackOutcome", "SATISFIED", "callbackFeedback", "抢修很及时"));
    assertThat(repair.process()).isEnded();
    assertThat(repair.reload().getCallbackOutcome()).isEqualTo(CallbackOutcome.SATISFIED);
    assertThat(repair.clock("CALLBACK").getState()).isEqualTo(ClockState.MET);
    assertThat(caseViews.of(repair.reload()).onTime()).isTrue();
  }

  @ParameterizedTest(name = "{0}: arrive within {1} minutes, restore within {2} hours of arrival")
  @CsvSource({"URBAN, 45, 3", "RURAL, 90, 4", "REMOTE, 120, 4"})
  void limitsFollowTheAreaType(AreaType areaType, int arrivalMinutes, int restorationHours) {
    open("LOW_VOLTAGE", areaType);
    assertThat(repair.clock("ARRIVAL").getDueAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(arrivalMinutes)));

    repair.complete("acceptRepair", Map.of());
    Instant arrived = RECEIVED.plus(Duration.ofMinutes(20));
    at(arrived);
    repair.complete("arriveOnSite", Map.of());

    assertThat(repair.clock("RESTORATION").getDueAt()).isEqualTo(arrived.plus(Duration.ofHours(restorationHours)));
  }

  @Test
  void highVoltageFaultsComeFirst() {
    open("HIGH_VOLTAGE", AreaType.URBAN);

    assertThat(repair.task("acceptRepair").getPriority()).isEqualTo(90);
  }

  @Test
  void aMissedArrivalIsBreachedAndEscalatedWhileTheCrewKeepsTheRepair() {
    open("LOW_VOLTAGE", AreaType.URBAN);
    Instant due = RECEIVED.plus(Duration.ofMinutes(45));
    assertThat(repair.timer("arrivalOverdue").getDuedate().toInstant()).isEqualTo(due);
    at(due.plusSeconds(1));

    repair.fire("arrivalOverdue");

    assertThat(repair.clock("ARRIVAL").getState()).isEqualTo(ClockState.BREACHED);
    Task escalation = repair.escalationTasks().get(0);
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(repair.groupsOf(escalation)).containsExactly("supervisors-xc");
    assertThat(repair.process()).isWaitingAt("acceptRepair", "arrivalEscalation");

    repair.complete("acceptRepair", Map.of());
    repair.complete("arriveOnSite", Map.of());
    assertThat(repair.clock("ARRIVAL").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(repair.process()).isWaitingAt("restorePower", "arrivalEscalation");
    repair.complete("restorePower", Map.of("faultCause", "TRANSFORMER", "repairNote", "更换变压器"));
    repair.complete("callCustomer", Map.of("callbackOutcome", "BASICALLY_SATISFIED"));
    assertThat(caseViews.of(repair.reload()).onTime()).isFalse();
  }

  @Test
  void aMissedRestorationIsBreachedAndEscalated() {
    open("LOW_VOLTAGE", AreaType.RURAL);
    repair.complete("acceptRepair", Map.of());
    repair.complete("arriveOnSite", Map.of());
    Instant due = RECEIVED.plusSeconds(60).plus(Duration.ofHours(4));
    assertThat(repair.timer("restorationOverdue").getDuedate().toInstant()).isEqualTo(due);
    at(due.plusSeconds(1));

    repair.fire("restorationOverdue");

    assertThat(repair.clock("RESTORATION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(repair.clock("ARRIVAL").getState()).isEqualTo(ClockState.MET);
    assertThat(repair.groupsOf(repair.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(repair.process()).isWaitingAt("restorePower", "restorationEscalation");
    assertThat(status()).isEqualTo(CaseStatus.ON_SITE);
  }

  @Test
  void aLateCallbackIsBreachedAndEscalated() {
    open("METER", AreaType.URBAN);
    repair.complete("acceptRepair", Map.of());
    repair.complete("arriveOnSite", Map.of());
    repair.complete("restorePower", Map.of("faultCause", "METER", "repairNote", "更换电能表"));
    assertThat(repair.timer("callbackOverdue").getDuedate().toInstant()).isEqualTo(ONE_WORKING_DAY);
    at(ONE_WORKING_DAY.plusSeconds(1));

    repair.fire("callbackOverdue");

    assertThat(repair.clock("CALLBACK").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(repair.groupsOf(repair.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(repair.process()).isWaitingAt("callback");
    assertThat(repair.task("callCustomer")).isNotNull();
    repair.complete("callCustomer", Map.of("callbackOutcome", "UNREACHABLE"));
    assertThat(repair.reload().getCallbackOutcome()).isNull();
    for (int call = 2; call <= 3; call++) {
      repair.fire("waitNextAttempt");
      repair.complete("callCustomerAgain", Map.of("callbackOutcome", "UNREACHABLE"));
    }
    assertThat(repair.reload().getCallbackOutcome()).isEqualTo(CallbackOutcome.UNREACHABLE);
    assertThat(caseViews.of(repair.reload()).onTime()).isFalse();
  }

  @Test
  void restorationWithoutCauseOrNoteAndACallbackWithoutAKnownOutcomeAreRefused() {
    open("LOW_VOLTAGE", AreaType.URBAN);
    repair.complete("acceptRepair", Map.of());
    repair.complete("arriveOnSite", Map.of());

    assertThatThrownBy(() -> repair.complete("restorePower", Map.of("repairNote", "已处理")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("faultCause");
    assertThatThrownBy(() -> repair.complete("restorePower", Map.of("faultCause", "LINE", "repairNote", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("repairNote");
    assertThat(repair.process()).isWaitingAt("restorePower");
    assertThat(status()).isEqualTo(CaseStatus.ON_SITE);

    repair.complete("restorePower", Map.of("faultCause", "LINE", "repairNote", "已处理"));
    assertThatThrownBy(() -> repair.complete("callCustomer", Map.of("callbackOutcome", "HAPPY")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callbackOutcome");
    assertThat(repair.process()).isWaitingAt("callback");
    assertThat(repair.reload().getCallbackOutcome()).isNull();
  }

  private void open(String category, AreaType areaType) {
    repair = runningCases.of(workOrders.repair(category, "XC", areaType, RECEIVED, null, null));
  }

  private CaseStatus status() {
    return repair.reload().getStatus();
  }

  private static void at(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }
}
