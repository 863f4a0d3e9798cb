package com.griddesk.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/callback.bpmn as the work orders call it: three calls at different times of day before a customer
 * counts as unreachable, a missed callback limit, the survey answering first, and what a dissatisfied customer
 * means for a service request (one more round of work, then closed) and for a repair (the crew rechecks).
 */
@GridDeskTest
class CallbackProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing; no holiday in the following weeks. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;
  @Autowired RuntimeService runtimeService;

  RunningCases.RunningCase request;

  @BeforeEach
  void atReceipt() {
    BpmnAwareTests.init(engine);
    at("2026-03-10T10:01:00+08:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anUnreachableCustomerIsCalledThreeTimesEachAtAnotherTimeOfDayThenTheCaseClosesUnreachable() {
    answeredServiceRequest();
    assertThat(request.task("callCustomer").getName()).isEqualTo("回访");

    // 10:30, in the morning period: the next call waits for the afternoon period.
    at("2026-03-10T10:30:00+08:00");
    request.complete("callCustomer", Map.of("callbackOutcome", "UNREACHABLE", "callbackFeedback", "无人接听"));
    assertThat(request.clock("CALLBACK").getState()).isEqualTo(ClockState.MET);
    assertThat(request.timer("waitNextAttempt").getDuedate().toInstant()).isEqualTo(time("2026-03-10T14:00:00+08:00"));
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    assertThat(request.task("callCustomerAgain")).isNull();

    at("2026-03-10T14:00:00+08:00");
    request.fire("waitNextAttempt");
    Task second = request.task("callCustomerAgain");
    assertThat(request.groupsOf(second)).containsExactly("callback");
    assertThat(second.getDueDate().toInstant()).isEqualTo(time("2026-03-10T17:30:00+08:00"));
    assertThat(variable("callbackAttempt")).isEqualTo(2);
    // The second call's form starts empty: the first call's result stays with its task in the history.
    assertThat(variable("callbackOutcome")).isNull();
    assertThat(variable("callbackFeedback")).isNull();

    // 14:20, afternoon: morning and afternoon are tried, so the evening period comes next.
    at("2026-03-10T14:20:00+08:00");
    request.complete("callCustomerAgain", Map.of("callbackOutcome", "UNREACHABLE"));
    assertThat(request.timer("waitNextAttempt").getDuedate().toInstant()).isEqualTo(time("2026-03-10T18:30:00+08:00"));

    at("2026-03-10T18:30:00+08:00");
    request.fire("waitNextAttempt");
    assertThat(variable("callbackAttempt")).isEqualTo(3);
    request.complete("callCustomerAgain", Map.of("callbackOutcome", "UNREACHABLE"));

    assertThat(request.process()).isEnded();
    var closed = request.reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(closed.getCallbackOutcome()).isEqualTo(CallbackOutcome.UNREACHABLE);
    assertThat(caseViews.of(closed).onTime()).isTrue();
  }

  @Test
  void aFirstCallOutsideEveryPeriodIsFollowedByTheNextPeriodAndACustomerReachedLaterEndsTheCalls() {
    answeredServiceRequest();
    at("2026-03-10T21:15:00+08:00");
    request.complete("callCustomer", Map.of("callbackOutcome", "UNREACHABLE"));
    assertThat(request.timer("waitNextAttempt").getDuedate().toInstant()).isEqualTo(time("2026-03-11T09:00:00+08:00"));

    at("2026-03-11T09:00:00+08:00");
    request.fire("waitNextAttempt");
    request.complete("callCustomerAgain", Map.of("callbackOutcome", "BASICALLY_SATISFIED", "callbackFeedback", "还行"));

    assertThat(request.process()).isEnded();
    assertThat(request.reload().getCallbackOutcome()).isEqualTo(CallbackOutcome.BASICALLY_SATISFIED);
  }

  @Test
  void aMissedCallbackLimitIsBreachedAndEscalatedUntilTheCustomerIsCalled() {
    answeredServiceRequest();
    Instant due = request.clock("CALLBACK").getDueAt();
    assertThat(due).isEqualTo(time("2026-03-12T00:00:00+08:00"));
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));

    request.fire("callbackOverdue");

    assertThat(request.clock("CALLBACK").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-xc");
    request.callBack("SATISFIED");
    // The call ends the supervisors' escalation with the callback; the case closes late.
    assertThat(request.escalationTasks()).isEmpty();
    assertThat(request.process()).isEnded();
    assertThat(caseViews.of(request.reload()).onTime()).isFalse();
  }

  @Test
  void aCallWithoutAKnownResultIsRefused() {
    answeredServiceRequest();

    assertThatThrownBy(() -> request.complete("callCustomer", Map.of("callbackOutcome", "MAYBE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callbackOutcome");
    assertThatThrownBy(() -> request.complete("callCustomer", Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callbackOutcome");
    assertThat(request.task("callCustomer")).isNotNull();
  }

  @Test
  void theSurveyAnsweredFirstEndsTheCallsWithItsScore() {
    answeredServiceRequest();
    at("2026-03-10T11:00:00+08:00");

    runtimeService.createMessageCorrelation(CallbackVariables.SURVEY_MESSAGE)
        .processInstanceBusinessKey(request.reload().getCaseNo())
        .setVariable(CallbackVariables.SURVEY_SCORE, 2).setVariable(CallbackVariables.SURVEY_COMMENT, "答复太慢")
        .correlateWithResult();

    // 1-2 is dissatisfied: the business hall works the request once more.
    assertThat(request.task("callCustomer")).isNull();
    assertThat(request.clock("CALLBACK").getState()).isEqualTo(ClockState.MET);
    assertThat(request.reload().getCallbackOutcome()).isEqualTo(CallbackOutcome.DISSATISFIED);
    assertThat(request.variable("callbackFeedback")).isEqualTo("答复太慢");
    assertThat(request.process()).isWaitingAt("rework");
  }

  @Test
  void aDissatisfiedCustomerGetsOneMoreRoundOfWorkThenTheCaseClosesWhateverTheyThink() {
    answeredServiceRequest();
    request.complete("callCustomer", Map.of("callbackOutcome", "DISSATISFIED", "callbackFeedback", "电表还是有问题"));

    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(request.reload().getReopenCount()).isEqualTo(1);
    // The rework form shows what the customer said, how, and what the unit had answered.
    assertThat(request.variable("callbackFeedback")).isEqualTo("电表还是有问题");
    assertThat(request.variable("callbackVia")).isEqualTo("PHONE");
    assertThat(request.variable("callbackSummary")).isEqualTo("已校验电能表，误差在允许范围内");
    Task rework = request.task("rework");
    assertThat(rework.getName()).isEqualTo("再次处理");
    assertThat(request.groupsOf(rework)).containsExactly("business-xc");
    // Five working days from Tuesday 10:01: the end of Tuesday 17 March.
    assertThat(request.clock("REWORK").getDueAt()).isEqualTo(time("2026-03-18T00:00:00+08:00"));
    assertThat(rework.getDueDate().toInstant()).isEqualTo(request.clock("REWORK").getDueAt());
    assertThatThrownBy(() -> request.complete("rework", Map.of("reworkNote", " ")))
        .hasMessageContaining("reworkNote");

    request.complete("rework", Map.of("reworkNote", "已上门重新校验电表"));
    assertThat(request.clock("REWORK").getState()).isEqualTo(ClockState.MET);
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    assertThat(request.variable("callbackOutcome")).isEqualTo("DISSATISFIED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.reload().getCaseNo())
        .processDefinitionKey("callback").singleResult()).isNotNull();

    request.callBack("DISSATISFIED");

    assertThat(request.process()).isEnded();
    var closed = request.reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(closed.getCallbackOutcome()).isEqualTo(CallbackOutcome.DISSATISFIED);
  }

  @Test
  void reworkPastItsLimitIsBreachedAndEscalated() {
    answeredServiceRequest();
    request.callBack("DISSATISFIED");
    ClockUtil.setCurrentTime(Date.from(request.clock("REWORK").getDueAt().plusSeconds(1)));

    request.fire("reworkOverdue");

    assertThat(request.clock("REWORK").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(request.groupsOf(request.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(request.process()).isWaitingAt("rework", "reworkEscalation");
  }

  @Test
  void aDissatisfiedRepairCustomerHasTheCrewRecheckAndIsCalledBackAgain() {
    request = runningCases.of(workOrders.repair("LOW_VOLTAGE", "XC", AreaType.URBAN, RECEIVED, null, null));
    request.complete("acceptRepair", Map.of());
    request.complete("arriveOnSite", Map.of());
    request.complete("restorePower", Map.of("faultCause", "LINE", "repairNote", "已恢复送电"));
    request.callBack("DISSATISFIED");

    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(request.reload().getCloseOutcome()).isNull();
    assertThat(request.candidateGroups("recheckRepair")).containsExactly("repair-xc");
    request.complete("recheckRepair", Map.of("recheckNote", "更换老化接户线"));
    assertThat(request.reload().getCloseOutcome()).isEqualTo(CloseOutcome.RESTORED);

    request.callBack("SATISFIED");
    assertThat(request.process()).isEnded();
    assertThat(request.reload().getCallbackOutcome()).isEqualTo(CallbackOutcome.SATISFIED);
  }

  private void answeredServiceRequest() {
    request = runningCases.of(workOrders.open(CaseType.SERVICE_REQUEST, "METER_TEST", "XC", RECEIVED));
    request.complete("answer", Map.of("answer", "已校验电能表，误差在允许范围内"));
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
  }

  private Object variable(String name) {
    return runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(request.reload().getCaseNo()).processDefinitionKey("callback").singleResult()
        .getId(), name);
  }

  private CaseStatus status() {
    return request.reload().getStatus();
  }

  private static Instant time(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static void at(String text) {
    ClockUtil.setCurrentTime(Date.from(time(text)));
  }
}
