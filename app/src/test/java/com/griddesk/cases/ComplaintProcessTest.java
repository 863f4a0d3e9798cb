package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/complaint.bpmn: the straight path, return from review, both timers and their
 * escalations, reopen on dissatisfaction and the supervisor's decision.
 */
@GridDeskTest
class ComplaintProcessTest {

  /** Thursday before the 2026 Mid-Autumn and National Day holidays, 10:00 in Beijing. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-09-24T10:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseRepository cases;
  @Autowired SlaClockRepository clocks;
  @Autowired Complaints complaints;
  @Autowired CaseViews caseViews;

  ServiceCase serviceCase;
  ProcessInstance process;

  @BeforeEach
  void openComplaint() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
    serviceCase = complaints.open("XC", RECEIVED);
    process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void routesToTheServiceAreasUnitWithBothClocksRunning() {
    assertThat(process).isWaitingAt("contactCustomer");
    Task contact = task("contactCustomer");
    assertThat(candidateGroups(contact)).containsExactly("handlers-xc");
    assertThat(contact.getDueDate().toInstant()).isEqualTo(RECEIVED.plusSeconds(24 * 3600));
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CONTACT);
    assertThat(clock("FIRST_CONTACT").getDueAt()).isEqualTo(RECEIVED.plusSeconds(24 * 3600));
    // 4 working days after Thu 24 Sep: 25 and 26-27 are off, Mon 28 (1), 29 (2), 30 (3), 1-7 Oct off, Thu 8 Oct (4).
    assertThat(clock("RESOLUTION").getDueAt()).isEqualTo(OffsetDateTime.parse("2026-10-09T00:00:00+08:00").toInstant());
    assertThat(runtimeService.getVariables(process.getId())).containsEntry("handlingGroup", "handlers-xc");
  }

  @Test
  void warningPointsAreTheTasksFollowUpDatesAndMarkTheClocksAtRisk() {
    Instant firstContactWarn = RECEIVED.plusSeconds(18 * 3600);
    // 75 % of the 350 hours from Thu 24 Sep 10:00 to Fri 9 Oct 00:00 is 262.5 hours.
    Instant resolutionWarn = OffsetDateTime.parse("2026-10-05T08:30:00+08:00").toInstant();
    assertThat(clock("FIRST_CONTACT").getWarnAt()).isEqualTo(firstContactWarn);
    assertThat(clock("RESOLUTION").getWarnAt()).isEqualTo(resolutionWarn);
    assertThat(task("contactCustomer").getFollowUpDate().toInstant()).isEqualTo(firstContactWarn);

    assertThat(slaStates()).containsEntry("FIRST_CONTACT", "RUNNING").containsEntry("RESOLUTION", "RUNNING");
    ClockUtil.setCurrentTime(Date.from(firstContactWarn));
    assertThat(slaStates()).containsEntry("FIRST_CONTACT", "AT_RISK").containsEntry("RESOLUTION", "RUNNING");

    contactCustomer();
    assertThat(slaStates()).containsEntry("FIRST_CONTACT", "MET");
    assertThat(task("investigate").getFollowUpDate().toInstant()).isEqualTo(resolutionWarn);
    ClockUtil.setCurrentTime(Date.from(resolutionWarn));
    assertThat(slaStates()).containsEntry("RESOLUTION", "AT_RISK");
  }

  @Test
  void otherServiceAreaGoesToItsOwnUnit() {
    ServiceCase hp = complaints.open("HP", RECEIVED);
    Task contact = taskService.createTaskQuery().processInstanceBusinessKey(hp.getCaseNo()).singleResult();
    assertThat(candidateGroups(contact)).containsExactly("handlers-hp");
    assertThat(cases.findByCaseNo(hp.getCaseNo()).orElseThrow().getHandlingGroup()).isEqualTo("handlers-hp");
  }

  @ParameterizedTest
  @CsvSource({"SATISFIED", "BASICALLY_SATISFIED", "UNREACHABLE"})
  void straightPathClosesWithTheCallbacksOutcome(String outcome) {
    contactCustomer();
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    resolve();
    assertThat(status()).isEqualTo(CaseStatus.IN_REVIEW);
    Task review = task("review");
    assertThat(candidateGroups(review)).containsExactly("supervisors");
    assertThat(review.getDueDate().toInstant()).isEqualTo(clock("RESOLUTION").getDueAt());
    complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    assertThat(candidateGroups(task("callCustomer"))).containsExactly("callback");

    complete("callCustomer", Map.of("callbackOutcome", outcome, "callbackFeedback", "ok"));
    if (outcome.equals("UNREACHABLE")) {
      // Unreachable closes the case only after the last of three calls, each at another time of day.
      for (int call = 2; call <= 3; call++) {
        assertThat(process).isNotEnded();
        executeTimer("waitNextAttempt");
        complete("callCustomerAgain", Map.of("callbackOutcome", outcome));
      }
    }

    assertThat(process).isEnded();
    ServiceCase closed = reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.valueOf(outcome));
    assertThat(clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(SlaClock::getClock, SlaClock::getState)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FIRST_CONTACT", ClockState.MET),
            org.assertj.core.groups.Tuple.tuple("RESOLUTION", ClockState.MET),
            org.assertj.core.groups.Tuple.tuple("CALLBACK", ClockState.MET));
  }

  @Test
  void reviewReturnsTheCaseToTheHandlerWithAReason() {
    contactCustomer();
    resolve();
    complete("review", Map.of("reviewDecision", "RETURN", "reviewComment", "答复未说明赔偿标准"));

    assertThat(process).isWaitingAt("investigate");
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(runtimeService.getVariable(process.getId(), "reviewComment")).isEqualTo("答复未说明赔偿标准");
    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(process).isWaitingAt("callback");
  }

  @Test
  void reviewCannotReturnWithoutAReason() {
    contactCustomer();
    resolve();
    Task review = task("review");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("reviewDecision", "RETURN")))
        .hasMessageContaining("退回原因");
    assertThat(process).isWaitingAt("review");
  }

  @Test
  void missedFirstContactIsBreachedAndEscalatedWhileTheHandlerKeepsTheTask() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(24 * 3600 + 1)));
    executeTimer("firstContactOverdue");

    SlaClock firstContact = clock("FIRST_CONTACT");
    assertThat(firstContact.getState()).isEqualTo(ClockState.BREACHED);
    assertThat(firstContact.getBreachedAt()).isEqualTo(RECEIVED.plusSeconds(24 * 3600 + 1));
    assertThat(clock("RESOLUTION").getState()).isEqualTo(ClockState.RUNNING);
    Task escalation = escalationTask();
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(candidateGroups(escalation)).containsExactly("supervisors-xc");
    assertThat(process).isWaitingAt("contactCustomer", "firstContactEscalation");

    taskService.complete(escalation.getId(), Map.of("escalationNote", "已电话督促西城供电所"));
    contactCustomer();
    assertThat(clock("FIRST_CONTACT").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(clock("FIRST_CONTACT").getStoppedAt()).isNotNull();
    assertThat(process).isWaitingAt("investigate");
  }

  @Test
  void aClockPastItsDeadlineShowsBreachedBeforeItsTimerRuns() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(24 * 3600 + 1)));
    assertThat(slaStates()).containsEntry("FIRST_CONTACT", "BREACHED");
    assertThat(clock("FIRST_CONTACT").getState()).isEqualTo(ClockState.RUNNING);
  }

  @Test
  void contactAfterTheDeadlineCountsAsBreachedEvenBeforeTheTimerRuns() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(25 * 3600)));
    contactCustomer();
    SlaClock firstContact = clock("FIRST_CONTACT");
    assertThat(firstContact.getState()).isEqualTo(ClockState.BREACHED);
    assertThat(firstContact.getBreachedAt()).isEqualTo(firstContact.getDueAt());
    assertThat(timer("firstContactOverdue")).isNull();
  }

  @Test
  void missedResolutionIsBreachedAndEscalatedWhileTheHandlerKeepsWorking() {
    contactCustomer();
    Instant due = clock("RESOLUTION").getDueAt();
    Job timer = timer("resolutionOverdue");
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due);

    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    managementService.executeJob(timer.getId());

    assertThat(clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    Task escalation = escalationTask();
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(candidateGroups(escalation)).containsExactly("supervisors-xc");
    assertThat(process).isWaitingAt("investigate", "resolutionEscalation");

    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(process).isWaitingAt("callback", "resolutionEscalation");
    taskService.complete(escalation.getId(), Map.of("escalationNote", "已督办"));
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));
    // The escalation's interval timer finds the case closed and raises no further level.
    Job nextLevel = managementService.createJobQuery().rootProcessInstanceId(process.getId())
        .activityId("nextLevelDue").singleResult();
    managementService.executeJob(nextLevel.getId());
    assertThat(process).isEnded();
  }

  @Test
  void callbackIsDueOneWorkingDayAfterApprovalAndAMissedCallbackIsEscalated() {
    contactCustomer();
    resolve();
    // Approved on Wed 30 Sep: 1-7 Oct are holidays, so the callback is due at the end of Thu 8 Oct.
    Instant approvedAt = OffsetDateTime.parse("2026-09-30T16:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(approvedAt));
    complete("review", Map.of("reviewDecision", "APPROVE"));

    Instant due = OffsetDateTime.parse("2026-10-09T00:00:00+08:00").toInstant();
    assertThat(clock("CALLBACK").getStartedAt()).isEqualTo(approvedAt);
    assertThat(clock("CALLBACK").getDueAt()).isEqualTo(due);
    assertThat(task("callCustomer").getDueDate().toInstant()).isEqualTo(due);
    assertThat(task("callCustomer").getFollowUpDate().toInstant()).isEqualTo(clock("CALLBACK").getWarnAt());

    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    executeTimer("callbackOverdue");

    assertThat(clock("CALLBACK").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(candidateGroups(escalationTask())).containsExactly("supervisors-xc");
    assertThat(process).isWaitingAt("callback");
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));
    assertThat(clock("CALLBACK").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void finishedHandlingCancelsTheResolutionTimer() {
    contactCustomer();
    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(timer("resolutionOverdue")).isNull();
    assertThat(timer("firstContactOverdue")).isNull();
  }

  @Test
  void firstDissatisfactionReopensToTheHandlerWithAFreshResolutionClock() {
    handleAndApprove();
    Instant reopenedAt = OffsetDateTime.parse("2026-09-30T15:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(reopenedAt));

    complete("callCustomer", Map.of("callbackOutcome", "DISSATISFIED", "callbackFeedback", "问题没有解决"));

    assertThat(process).isWaitingAt("investigate");
    ServiceCase reopened = reload();
    assertThat(reopened.getReopenCount()).isEqualTo(1);
    assertThat(reopened.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    List<SlaClock> resolutionClocks = clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()).stream()
        .filter(c -> c.getClock().equals("RESOLUTION")).toList();
    assertThat(resolutionClocks).hasSize(2);
    assertThat(resolutionClocks.get(0).getState()).isEqualTo(ClockState.MET);
    SlaClock rework = resolutionClocks.get(1);
    assertThat(rework.getStartedAt()).isEqualTo(reopenedAt);
    // From Wed 30 Sep: 1-7 Oct off, Thu 8 (1), Fri 9 (2), Sat 10 Oct is a make-up working day (3), Mon 12 (4).
    assertThat(rework.getDueAt()).isEqualTo(OffsetDateTime.parse("2026-10-13T00:00:00+08:00").toInstant());
    assertThat(task("investigate").getDueDate().toInstant()).isEqualTo(rework.getDueAt());

    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));
    assertThat(process).isEnded();
    assertThat(reload().getCloseOutcome()).isEqualTo(CloseOutcome.SATISFIED);
  }

  @Test
  void secondDissatisfactionGoesToTheSupervisorWhoMayClose() {
    dissatisfiedTwice();
    assertThat(status()).isEqualTo(CaseStatus.SUPERVISOR_DECISION);
    assertThat(candidateGroups(task("supervisorDecision"))).containsExactly("supervisors");

    complete("supervisorDecision", Map.of("supervisorDecision", "CLOSE", "decisionNote", "已按政策答复，诉求不合理"));

    assertThat(process).isEnded();
    ServiceCase closed = reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.CLOSED_BY_SUPERVISOR);
  }

  @Test
  void supervisorMaySendTheCaseBackForAnotherRound() {
    dissatisfiedTwice();
    complete("supervisorDecision", Map.of("supervisorDecision", "REWORK", "decisionNote", "再次核查"));

    assertThat(process).isWaitingAt("investigate");
    assertThat(reload().getReopenCount()).isEqualTo(2);
    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    complete("callCustomer", Map.of("callbackOutcome", "DISSATISFIED"));
    assertThat(process).isWaitingAt("supervisorDecision");
  }

  @Test
  void supervisorCannotCloseWithoutExplanation() {
    dissatisfiedTwice();
    Task decision = task("supervisorDecision");
    assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of("supervisorDecision", "CLOSE")))
        .hasMessageContaining("裁定说明");
    assertThat(process).isWaitingAt("supervisorDecision");
  }

  private void dissatisfiedTwice() {
    handleAndApprove();
    complete("callCustomer", Map.of("callbackOutcome", "DISSATISFIED"));
    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
    complete("callCustomer", Map.of("callbackOutcome", "DISSATISFIED"));
    assertThat(process).isWaitingAt("supervisorDecision");
  }

  private void handleAndApprove() {
    contactCustomer();
    resolve();
    complete("review", Map.of("reviewDecision", "APPROVE"));
  }

  private void contactCustomer() {
    complete("contactCustomer", Map.of("contactNote", "已联系客户，约定两日内答复"));
  }

  private void resolve() {
    complete("investigate", Map.of("resolution", "已核实并向客户道歉"));
  }

  private void complete(String activityId, Map<String, Object> variables) {
    taskService.complete(task(activityId).getId(), variables);
  }

  private Task task(String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey()).taskDefinitionKey(activityId)
        .singleResult();
  }

  private Task escalationTask() {
    return taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .taskDefinitionKey("escalate").singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
  }

  /** The timer at this activity of the complaint's process or of a process it called (e.g. the callback). */
  private Job timer(String activityId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(process.getBusinessKey()).list()
        .stream().map(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
            .activityId(activityId).singleResult())
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private void executeTimer(String boundaryEventId) {
    Job timer = timer(boundaryEventId);
    assertThat(timer).as("timer " + boundaryEventId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  private SlaClock clock(String name) {
    return clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()).stream()
        .filter(c -> c.getClock().equals(name)).reduce((first, second) -> second).orElseThrow();
  }

  private Map<String, String> slaStates() {
    return caseViews.of(reload()).slas().stream()
        .collect(java.util.stream.Collectors.toMap(CaseView.SlaView::name, CaseView.SlaView::state, (a, b) -> b));
  }

  private CaseStatus status() {
    return reload().getStatus();
  }

  private ServiceCase reload() {
    return cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow();
  }
}
