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
import com.griddesk.sla.SlaClock;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and timer of processes/opinion.bpmn: acknowledgement, the department's answer, forwarding to another
 * unit (the clock keeps running), praise passed on, and each missed limit escalated.
 */
@GridDeskTest
class OpinionProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();
  static final Instant ACKNOWLEDGEMENT_DUE = OffsetDateTime.parse("2026-03-12T00:00:00+08:00").toInstant();
  /** Ten working days: the end of Tuesday 24 March. */
  static final Instant OPINION_DUE = OffsetDateTime.parse("2026-03-25T00:00:00+08:00").toInstant();
  /** Five working days: the end of Tuesday 17 March. */
  static final Instant PRAISE_DUE = OffsetDateTime.parse("2026-03-18T00:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;

  RunningCases.RunningCase opinion;

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
  void theRoutedDepartmentAcknowledgesWithinAWorkingDayAndAnswers() {
    open(CaseType.OPINION, "BUSINESS", null);

    assertThat(opinion.process()).isWaitingAt("acknowledge");
    assertThat(opinion.candidateGroups("acknowledge")).containsExactly("dept-marketing");
    assertThat(opinion.clockNames()).containsExactly("ACKNOWLEDGEMENT", "RESOLUTION");
    assertThat(opinion.clock("ACKNOWLEDGEMENT").getDueAt()).isEqualTo(ACKNOWLEDGEMENT_DUE);
    assertThat(opinion.task("acknowledge").getDueDate().toInstant()).isEqualTo(ACKNOWLEDGEMENT_DUE);
    assertThat(opinion.clock("RESOLUTION").getDueAt()).isEqualTo(OPINION_DUE);
    assertThat(status()).isEqualTo(CaseStatus.RECEIVED);

    opinion.complete("acknowledge", Map.of());
    assertThat(opinion.clock("ACKNOWLEDGEMENT").getState()).isEqualTo(ClockState.MET);
    assertThat(opinion.process()).isWaitingAt("reply");
    assertThat(opinion.candidateGroups("reply")).containsExactly("dept-marketing");
    assertThat(opinion.task("reply").getDueDate().toInstant()).isEqualTo(OPINION_DUE);
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);

    opinion.complete("reply", Map.of("replyDecision", "ANSWER", "reply", "已增加窗口，缩短排队时间"));
    assertClosed(CloseOutcome.ANSWERED);
  }

  @Test
  void aSuggestionAboutPowerSupplyGoesToTheOperationsDepartment() {
    open(CaseType.SUGGESTION, "POWER_SUPPLY", null);

    assertThat(opinion.candidateGroups("acknowledge")).containsExactly("dept-operations");
    assertThat(opinion.clock("RESOLUTION").getDueAt()).isEqualTo(OPINION_DUE);
    opinion.complete("acknowledge", Map.of());
    opinion.complete("reply", Map.of("replyDecision", "ANSWER", "reply", "已纳入改造计划"));
    assertClosed(CloseOutcome.ANSWERED);
  }

  @Test
  void forwardingMovesTheCaseAndItsTaskToTheChosenUnitWhileTheClockRuns() {
    open(CaseType.OPINION, "OTHER", null);
    opinion.complete("acknowledge", Map.of());
    SlaClock before = opinion.clock("RESOLUTION");
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-03-12T09:00:00+08:00").toInstant()));

    opinion.complete("reply", Map.of("replyDecision", "FORWARD", "forwardTo", "dept-operations",
        "forwardReason", "涉及配电线路，由运维检修部答复"));

    assertThat(opinion.process()).isWaitingAt("reply");
    assertThat(opinion.candidateGroups("reply")).containsExactly("dept-operations");
    assertThat(opinion.reload().getHandlingGroup()).isEqualTo("dept-operations");
    assertThat(opinion.variables()).containsEntry("handlingGroup", "dept-operations")
        .containsEntry("forwardedFrom", "dept-marketing")
        .containsEntry("forwardedReason", "涉及配电线路，由运维检修部答复")
        .containsEntry("forwardCount", 1)
        .doesNotContainKeys("forwardTo", "forwardReason", "replyDecision");
    SlaClock after = opinion.clock("RESOLUTION");
    assertThat(opinion.clockNames()).containsExactly("ACKNOWLEDGEMENT", "RESOLUTION");
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getState()).isEqualTo(ClockState.RUNNING);
    assertThat(after.getDueAt()).isEqualTo(OPINION_DUE);
    assertThat(opinion.task("reply").getDueDate().toInstant()).isEqualTo(OPINION_DUE);
    assertThat(opinion.timer("resolutionOverdue").getDuedate().toInstant()).isEqualTo(OPINION_DUE);

    opinion.complete("reply", Map.of("replyDecision", "FORWARD", "forwardTo", "handlers-xc",
        "forwardReason", "属西城供电所辖区"));
    assertThat(opinion.candidateGroups("reply")).containsExactly("handlers-xc");
    assertThat(opinion.variables()).containsEntry("forwardedFrom", "dept-operations").containsEntry("forwardCount", 2);

    opinion.complete("reply", Map.of("replyDecision", "ANSWER", "reply", "已答复客户"));
    assertClosed(CloseOutcome.ANSWERED);
    assertThat(opinion.reload().getHandlingGroup()).isEqualTo("handlers-xc");
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" refused: {3}")
  @CsvSource(nullValues = "-", value = {
      "FORWARD, dept-marketing, 重复, 不能转办给本单位",
      "FORWARD, supervisors, 交主管, 请选择转办单位",
      "FORWARD, -, 无单位, 请选择转办单位",
      "FORWARD, dept-operations, -, 转办原因",
      "FORWARD, dept-operations, ' ', 转办原因",
      "-, -, -, 请选择答复或转办",
      "CLOSE, -, -, 请选择答复或转办",
      "ANSWER, -, -, 答复内容"})
  void aReplyMustAnswerOrForwardToAListedOtherUnitWithAReason(String decision, String target, String reason,
      String message) {
    open(CaseType.OPINION, "SERVICE", null);
    opinion.complete("acknowledge", Map.of());
    Map<String, Object> variables = new HashMap<>();
    variables.put("replyDecision", decision);
    variables.put("forwardTo", target);
    variables.put("forwardReason", reason);
    Task reply = opinion.task("reply");

    assertThatThrownBy(() -> engine.getTaskService().complete(reply.getId(), variables))
        .hasMessageContaining(message);
    assertThat(opinion.process()).isWaitingAt("reply");
    assertThat(opinion.reload().getHandlingGroup()).isEqualTo("dept-marketing");
  }

  @Test
  void theOfficesHandlersPassAStaffPraiseOnToThePersonPraised() {
    open(CaseType.PRAISE, "STAFF", "王师傅");

    assertThat(opinion.candidateGroups("acknowledge")).containsExactly("handlers-xc");
    assertThat(opinion.clock("RESOLUTION").getDueAt()).isEqualTo(PRAISE_DUE);
    opinion.complete("acknowledge", Map.of("acknowledgementNote", "已告知客户"));

    assertThat(opinion.process()).isWaitingAt("passOnPraise");
    assertThat(opinion.candidateGroups("passOnPraise")).containsExactly("handlers-xc");
    assertThat(opinion.variable("praisedStaff")).isEqualTo("王师傅");
    assertThat(opinion.task("passOnPraise").getDueDate().toInstant()).isEqualTo(PRAISE_DUE);
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);

    opinion.complete("passOnPraise", Map.of("passOnNote", "3 月 11 日班前会上已向王师傅转达"));
    assertClosed(CloseOutcome.PRAISE_PASSED_ON);
  }

  @Test
  void aPraiseOfAUnitNamesNoPerson() {
    open(CaseType.PRAISE, "UNIT", null);
    opinion.complete("acknowledge", Map.of());

    assertThat(opinion.process()).isWaitingAt("passOnPraise");
    assertThat(opinion.variables()).containsEntry("praisedStaff", null);
    opinion.complete("passOnPraise", Map.of("passOnNote", "已在全所通报"));
    assertClosed(CloseOutcome.PRAISE_PASSED_ON);
  }

  @Test
  void passingOnAPraiseIsRecorded() {
    open(CaseType.PRAISE, "STAFF", "王师傅");
    opinion.complete("acknowledge", Map.of());
    Task passOn = opinion.task("passOnPraise");

    assertThatThrownBy(() -> engine.getTaskService().complete(passOn.getId(), Map.of()))
        .hasMessageContaining("转达情况");
    assertThat(opinion.process()).isWaitingAt("passOnPraise");
  }

  @Test
  void aMissedAcknowledgementIsBreachedAndEscalatedOnceWhileTheDepartmentKeepsTheTask() {
    open(CaseType.OPINION, "BILLING", null);
    assertThat(opinion.timer("acknowledgementOverdue").getDuedate().toInstant()).isEqualTo(ACKNOWLEDGEMENT_DUE);
    ClockUtil.setCurrentTime(Date.from(ACKNOWLEDGEMENT_DUE.plusSeconds(1)));

    opinion.fire("acknowledgementOverdue");

    assertThat(opinion.clock("ACKNOWLEDGEMENT").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(opinion.clock("RESOLUTION").getState()).isEqualTo(ClockState.RUNNING);
    // The department has no unit on record: the office of the service area answers for it.
    assertThat(opinion.groupsOf(opinion.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(opinion.process()).isWaitingAt("acknowledge", "acknowledgementEscalation");

    opinion.complete("acknowledge", Map.of());
    assertThat(opinion.process()).isWaitingAt("reply", "acknowledgementEscalation");
    // The policy names one escalation level for acknowledgement: its interval raises no second.
    Job nextLevel = managementService.createJobQuery().rootProcessInstanceId(opinion.process().getId())
        .activityId("nextLevelDue").singleResult();
    managementService.executeJob(nextLevel.getId());
    assertThat(opinion.escalationTasks()).hasSize(1);
  }

  @Test
  void aMissedAnswerIsBreachedAndEscalatedAlsoAfterForwarding() {
    open(CaseType.OPINION, "SERVICE", null);
    opinion.complete("acknowledge", Map.of());
    opinion.complete("reply", Map.of("replyDecision", "FORWARD", "forwardTo", "dept-operations",
        "forwardReason", "转运检"));
    ClockUtil.setCurrentTime(Date.from(OPINION_DUE.plusSeconds(1)));

    opinion.fire("resolutionOverdue");

    assertThat(opinion.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(opinion.groupsOf(opinion.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(opinion.process()).isWaitingAt("reply", "resolutionEscalation");
    assertThat(opinion.candidateGroups("reply")).containsExactly("dept-operations");
    opinion.complete("reply", Map.of("replyDecision", "ANSWER", "reply", "已答复"));
    opinion.callBack("SATISFIED");
    assertThat(status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(caseViews.of(opinion.reload()).onTime()).isFalse();
  }

  @Test
  void aPraiseNotPassedOnInFiveWorkingDaysIsBreachedAndEscalated() {
    open(CaseType.PRAISE, "STAFF", "王师傅");
    opinion.complete("acknowledge", Map.of());
    ClockUtil.setCurrentTime(Date.from(PRAISE_DUE.plusSeconds(1)));

    opinion.fire("resolutionOverdue");

    assertThat(opinion.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(opinion.groupsOf(opinion.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(opinion.process()).isWaitingAt("passOnPraise", "resolutionEscalation");
  }

  /** Opinions and suggestions are called back before they close; praise is not (nothing to ask the customer). */
  private void assertClosed(CloseOutcome outcome) {
    if (outcome == CloseOutcome.ANSWERED) {
      assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
      opinion.callBack("BASICALLY_SATISFIED");
    } else {
      assertThat(opinion.task("callCustomer")).isNull();
    }
    assertThat(opinion.process()).isEnded();
    ServiceCase closed = opinion.reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(outcome);
    assertThat(caseViews.of(closed).onTime()).isTrue();
  }

  private void open(CaseType type, String category, String praisedStaff) {
    opinion = runningCases.of(workOrders.open(type, category, "XC", RECEIVED, praisedStaff));
  }

  private CaseStatus status() {
    return opinion.reload().getStatus();
  }
}
