package com.griddesk.newconnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.Channel;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.escalation.Escalation;
import com.griddesk.escalation.EscalationRepository;
import com.griddesk.intake.CaseIntake;
import com.griddesk.intake.NewCase;
import com.griddesk.sla.ClockPause;
import com.griddesk.sla.ClockPauseRepository;
import com.griddesk.sla.ClockPauses;
import com.griddesk.sla.ClockState;
import com.griddesk.sla.ResumeCause;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of processes/new-connection.bpmn: which stages each kind works, in order; every stage's timer and
 * the overall timer with their escalations; the wait for the customer's documents, which pauses the clocks and
 * moves every deadline by exactly the wait; and whether the application counts as on time.
 */
@GridDeskTest
class NewConnectionProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing; Qingming (4-6 April) falls inside the high-voltage limits. */
  static final Instant RECEIVED = at("2026-03-10T10:00:00+08:00");
  static final String CLERK = "clerk-xc";
  static final List<String> HIGH_VOLTAGE_STAGES =
      List.of("supplyPlan", "designReview", "midCheck", "completionInspection", "meterInstallation");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseIntake intake;
  @Autowired CaseRepository cases;
  @Autowired CaseViews caseViews;
  @Autowired SlaClockRepository clocks;
  @Autowired ClockPauseRepository pauses;
  @Autowired ClockPauses clockPauses;
  @Autowired EscalationRepository escalations;
  @Autowired TransactionTemplate transactions;

  ServiceCase serviceCase;
  ProcessInstance process;

  @BeforeEach
  void engineTime() {
    BpmnAwareTests.init(engine);
    now(RECEIVED.plusSeconds(60));
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  // ---- which stages apply: decided by the model's gateways on the kind

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "RESIDENTIAL,        meterInstallation",
      "LV_NON_RESIDENTIAL, supplyPlan meterInstallation",
      "HV_SINGLE,          supplyPlan designReview midCheck completionInspection meterInstallation",
      "HV_DUAL,            supplyPlan designReview midCheck completionInspection meterInstallation"})
  void eachKindWorksItsOwnStagesInOrderAndAnApplicationOnTimeIsOnTime(String kind, String expectedStages) {
    open(kind, RECEIVED);
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);

    List<String> worked = new ArrayList<>();
    Instant at = RECEIVED.plusSeconds(3600);
    for (Task task = stageTask(); task != null; task = stageTask()) {
      String stage = task.getTaskDefinitionKey();
      worked.add(stage);
      assertThat(candidateGroups(task)).containsExactly("business-xc");
      assertThat(task.getPriority()).isEqualTo(50);
      assertThat(task.getDueDate().toInstant()).isEqualTo(clock(clockOf(stage)).getDueAt());
      assertThat(task.getFollowUpDate().toInstant()).isEqualTo(clock(clockOf(stage)).getWarnAt());
      assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
      now(at);
      finishStage(stage);
      at = at.plus(Duration.ofHours(2));
    }

    assertThat(worked).containsExactlyElementsOf(Arrays.asList(expectedStages.trim().split(" +")));
    callBack();
    assertThat(process).isEnded();
    ServiceCase closed = reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.CONNECTED);
    List<String> expectedClocks = new ArrayList<>(List.of("OVERALL"));
    worked.forEach(stage -> expectedClocks.add(clockOf(stage)));
    expectedClocks.add("CALLBACK");
    assertThat(clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(SlaClock::getClock, SlaClock::getState)
        .containsExactlyElementsOf(expectedClocks.stream().map(c -> tuple(c, ClockState.MET)).toList());
    assertThat(view().onTime()).isTrue();
    assertThat(escalations.findByCaseIdOrderByIdAsc(serviceCase.getId())).isEmpty();
  }

  /**
   * The first stage's clock and the overall clock start at receipt; the limits are the policy table's, in working
   * days that end at 24:00 Beijing time.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "RESIDENTIAL,        METER_INSTALLATION, 2026-03-18T00:00:00+08:00, 2026-03-18T00:00:00+08:00",
      "LV_NON_RESIDENTIAL, SUPPLY_PLAN,        2026-03-14T00:00:00+08:00, 2026-03-19T00:00:00+08:00",
      "HV_SINGLE,          SUPPLY_PLAN,        2026-04-01T00:00:00+08:00, 2026-04-11T00:00:00+08:00",
      "HV_DUAL,            SUPPLY_PLAN,        2026-04-23T00:00:00+08:00, 2026-04-25T00:00:00+08:00"})
  void theFirstStageAndTheOverallClockRunFromReceipt(String kind, String firstClock, String firstDue,
      String overallDue) {
    open(kind, RECEIVED);

    assertThat(clock("OVERALL").getStartedAt()).isEqualTo(RECEIVED);
    assertThat(clock("OVERALL").getDueAt()).isEqualTo(at(overallDue));
    assertThat(clock(firstClock).getStartedAt()).isEqualTo(RECEIVED);
    assertThat(clock(firstClock).getDueAt()).isEqualTo(at(firstDue));
    assertThat(timer(stageOf(firstClock) + "Overdue").getDuedate().toInstant()).isEqualTo(at(firstDue));
    assertThat(timer("overallOverdue").getDuedate().toInstant()).isEqualTo(at(overallDue));
  }

  @Test
  void laterStagesStartWhenTheStageBeforeEndsWithTheirOwnLimits() {
    open("HV_SINGLE", RECEIVED);
    Instant supplyPlanDone = at("2026-03-25T10:00:00+08:00");
    now(supplyPlanDone);
    finishStage("supplyPlan");

    SlaClock designReview = clock("DESIGN_REVIEW");
    assertThat(designReview.getStartedAt()).isEqualTo(supplyPlanDone);
    // 10 working days from Wed 25 Mar: Qingming (4-6 Apr) does not count, so the end of Thu 9 Apr.
    assertThat(designReview.getDueAt()).isEqualTo(at("2026-04-10T00:00:00+08:00"));
    assertThat(stageTask().getDueDate().toInstant()).isEqualTo(designReview.getDueAt());

    Instant designReviewDone = at("2026-03-30T10:00:00+08:00");
    now(designReviewDone);
    finishStage("designReview");
    assertThat(clock("MID_CHECK").getStartedAt()).isEqualTo(designReviewDone);
    // 5 working days from Mon 30 Mar: 31 Mar, 1, 2, 3 Apr, then Qingming, Tue 7 Apr.
    assertThat(clock("MID_CHECK").getDueAt()).isEqualTo(at("2026-04-08T00:00:00+08:00"));
    now(at("2026-04-01T10:00:00+08:00"));
    finishStage("midCheck");
    assertThat(clock("COMPLETION_INSPECTION").getStartedAt()).isEqualTo(at("2026-04-01T10:00:00+08:00"));
    assertThat(clock("COMPLETION_INSPECTION").getDueAt()).isEqualTo(at("2026-04-10T00:00:00+08:00"));
    Instant completionInspectionDone = at("2026-04-02T10:00:00+08:00");
    now(completionInspectionDone);
    finishStage("completionInspection");
    assertThat(clock("METER_INSTALLATION").getStartedAt()).isEqualTo(completionInspectionDone);
    // Fri 3 Apr (1), Qingming, Tue 7 (2), 8, 9, Fri 10 Apr (5).
    assertThat(clock("METER_INSTALLATION").getDueAt()).isEqualTo(at("2026-04-11T00:00:00+08:00"));
    assertThat(stageTask().getDueDate().toInstant()).isEqualTo(at("2026-04-11T00:00:00+08:00"));
  }

  // ---- timers

  @ParameterizedTest
  @CsvSource({"supplyPlan", "designReview", "midCheck", "completionInspection", "meterInstallation"})
  void everyStagesTimerBreachesItsClockAndEscalatesWhileTheClerkKeepsTheTask(String stage) {
    open("HV_SINGLE", RECEIVED);
    for (String before : HIGH_VOLTAGE_STAGES.subList(0, HIGH_VOLTAGE_STAGES.indexOf(stage))) {
      finishStage(before);
    }
    String clockName = clockOf(stage);
    Instant due = clock(clockName).getDueAt();
    Job timer = timer(stage + "Overdue");
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due);

    now(due.plusSeconds(1));
    managementService.executeJob(timer.getId());

    assertThat(clock(clockName).getState()).isEqualTo(ClockState.BREACHED);
    assertThat(clock(clockName).getBreachedAt()).isEqualTo(due.plusSeconds(1));
    assertThat(clock("OVERALL").getState()).isEqualTo(ClockState.RUNNING);
    Task escalation = escalationTask();
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(candidateGroups(escalation)).containsExactly("supervisors-xc");
    assertThat(escalations.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(Escalation::getClock, Escalation::getLevel).containsExactly(tuple(clockName, 1));
    assertThat(process).isWaitingAt(stage, "stageEscalation");

    now(due.plusSeconds(7200));
    finishStage(stage);
    assertThat(clock(clockName).getState()).isEqualTo(ClockState.BREACHED);
    assertThat(clock(clockName).getStoppedAt()).isEqualTo(due.plusSeconds(7200));
  }

  @Test
  void aLateStageMakesTheApplicationLateEvenWhenTheOverallLimitIsMet() {
    open("LV_NON_RESIDENTIAL", RECEIVED);
    Instant supplyPlanDue = at("2026-03-14T00:00:00+08:00");
    now(supplyPlanDue.plusSeconds(1));
    managementService.executeJob(timer("supplyPlanOverdue").getId());

    now(at("2026-03-16T10:00:00+08:00"));
    finishStage("supplyPlan");
    now(at("2026-03-16T15:00:00+08:00"));
    finishStage("meterInstallation");
    callBack();

    ServiceCase closed = reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.CONNECTED);
    assertThat(clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(SlaClock::getClock, SlaClock::getState)
        .containsExactly(tuple("OVERALL", ClockState.MET), tuple("SUPPLY_PLAN", ClockState.BREACHED),
            tuple("METER_INSTALLATION", ClockState.MET), tuple("CALLBACK", ClockState.MET));
    assertThat(view().onTime()).isFalse();

    // The escalation outlives the connection until its supervisors close it; no further level is raised.
    assertThat(process).isWaitingAt("stageEscalation");
    taskService.complete(escalationTask().getId(), Map.of("escalationNote", "已督促营业厅"));
    managementService.executeJob(managementService.createJobQuery().rootProcessInstanceId(process.getId())
        .activityId("nextLevelDue").singleResult().getId());
    assertThat(process).isEnded();
    assertThat(escalations.findByCaseIdOrderByIdAsc(serviceCase.getId())).hasSize(1);
  }

  @Test
  void theOverallTimerBreachesAndEscalatesAndTheApplicationIsLateThoughEveryStageWasMet() {
    open("HV_SINGLE", RECEIVED);
    now(at("2026-03-30T10:00:00+08:00"));
    finishStage("supplyPlan");
    Instant overallDue = at("2026-04-11T00:00:00+08:00");
    Job timer = timer("overallOverdue");
    assertThat(timer.getDuedate().toInstant()).isEqualTo(overallDue);

    now(overallDue.plusSeconds(1));
    managementService.executeJob(timer.getId());

    assertThat(clock("OVERALL").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(clock("DESIGN_REVIEW").getState()).isEqualTo(ClockState.RUNNING);
    assertThat(candidateGroups(escalationTask())).containsExactly("supervisors-xc");
    assertThat(escalations.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(Escalation::getClock).containsExactly("OVERALL");
    assertThat(process).isWaitingAt("designReview", "overallEscalation");

    for (String stage : HIGH_VOLTAGE_STAGES.subList(1, HIGH_VOLTAGE_STAGES.size())) {
      finishStage(stage);
    }
    callBack();
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .filteredOn(c -> !c.getClock().equals("OVERALL") && !c.getClock().equals("CALLBACK"))
        .extracting(SlaClock::getState)
        .containsOnly(ClockState.MET).hasSize(5);
    assertThat(clock("OVERALL").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(view().onTime()).isFalse();
    assertThat(process).isWaitingAt("overallEscalation");
  }

  // ---- waiting for the customer's documents

  @Test
  void missingDocumentsPauseEveryClockOverTheHolidaysAndMoveEveryDeadlineByTheWait() {
    Instant received = at("2026-09-22T10:00:00+08:00");
    Instant supplyPlanDue = at("2026-10-21T00:00:00+08:00");
    Instant overallDue = at("2026-10-30T00:00:00+08:00");
    Instant pausedAt = at("2026-09-24T15:00:00+08:00");
    // Over the Mid-Autumn and National Day holidays: elapsed time, not working time, is given back.
    Instant resumedAt = at("2026-10-08T09:30:00+08:00");
    long wait = Duration.between(pausedAt, resumedAt).getSeconds();
    now(received);
    open("HV_SINGLE", received);
    Instant supplyPlanWarn = clock("SUPPLY_PLAN").getWarnAt();
    Instant overallWarn = clock("OVERALL").getWarnAt();
    assertThat(clock("SUPPLY_PLAN").getDueAt()).isEqualTo(supplyPlanDue);
    assertThat(clock("OVERALL").getDueAt()).isEqualTo(overallDue);

    now(pausedAt);
    documentsMissing("supplyPlan", "缺少用电人身份证明和房屋产权证明");

    assertThat(process).isWaitingAt("supplyPlanDocuments");
    Task waiting = stageOrWaitTask();
    assertThat(waiting.getName()).isEqualTo("等待客户补充资料");
    assertThat(candidateGroups(waiting)).containsExactly("business-xc");
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    ClockPause pause = onlyPause();
    assertThat(pause.getReason().name()).isEqualTo("DOCUMENTS_MISSING");
    assertThat(pause.getNote()).isEqualTo("缺少用电人身份证明和房屋产权证明");
    assertThat(pause.getPausedBy()).isEqualTo(CLERK);
    assertThat(pause.getPausedAt()).isEqualTo(pausedAt);
    assertThat(clock("SUPPLY_PLAN").getState()).isEqualTo(ClockState.PAUSED);
    assertThat(clock("OVERALL").getState()).isEqualTo(ClockState.PAUSED);
    assertThat(timer("supplyPlanOverdue").isSuspended()).isTrue();
    assertThat(timer("overallOverdue").isSuspended()).isTrue();
    assertThat(view().slas()).extracting(CaseView.SlaView::state).containsOnly("PAUSED");

    now(resumedAt);
    documentsReceived("supplyPlan");

    assertThat(process).isWaitingAt("supplyPlan");
    pause = onlyPause();
    assertThat(pause.getResumedAt()).isEqualTo(resumedAt);
    assertThat(pause.getResumeCause()).isEqualTo(ResumeCause.CUSTOMER_ANSWERED);
    assertThat(pause.getResumedBy()).isEqualTo(CLERK);
    assertThat(pause.getCreditedSeconds()).isEqualTo(wait);
    for (String name : List.of("SUPPLY_PLAN", "OVERALL")) {
      assertThat(clock(name).getState()).isEqualTo(ClockState.RUNNING);
      assertThat(clock(name).getPausedSeconds()).isEqualTo(wait);
    }
    assertThat(clock("SUPPLY_PLAN").getDueAt()).isEqualTo(supplyPlanDue.plusSeconds(wait));
    assertThat(clock("SUPPLY_PLAN").getWarnAt()).isEqualTo(supplyPlanWarn.plusSeconds(wait));
    assertThat(clock("OVERALL").getDueAt()).isEqualTo(overallDue.plusSeconds(wait));
    assertThat(clock("OVERALL").getWarnAt()).isEqualTo(overallWarn.plusSeconds(wait));
    // The engine moved with the clocks: both timers, the variables, and the stage task entered again.
    assertThat(timer("supplyPlanOverdue").isSuspended()).isFalse();
    assertThat(timer("supplyPlanOverdue").getDuedate().toInstant()).isEqualTo(supplyPlanDue.plusSeconds(wait));
    assertThat(timer("overallOverdue").isSuspended()).isFalse();
    assertThat(timer("overallOverdue").getDuedate().toInstant()).isEqualTo(overallDue.plusSeconds(wait));
    assertThat(variable("supplyPlanDue")).isEqualTo(supplyPlanDue.plusSeconds(wait));
    assertThat(variable("overallDue")).isEqualTo(overallDue.plusSeconds(wait));
    Task again = stageTask();
    assertThat(again.getDueDate().toInstant()).isEqualTo(supplyPlanDue.plusSeconds(wait));
    assertThat(again.getFollowUpDate().toInstant()).isEqualTo(supplyPlanWarn.plusSeconds(wait));

    // Done after the original deadline but within the moved one: the stage was on time.
    now(supplyPlanDue.plus(Duration.ofDays(1)));
    finishStage("supplyPlan");
    assertThat(clock("SUPPLY_PLAN").getState()).isEqualTo(ClockState.MET);
    assertThat(process).isWaitingAt("designReview");
  }

  @Test
  void aWeekendWaitMovesTheStageAndOverallTimersOfAResidentialConnectionByExactlyTheWait() {
    open("RESIDENTIAL", RECEIVED);
    Instant due = at("2026-03-18T00:00:00+08:00");
    Instant pausedAt = at("2026-03-13T16:00:00+08:00");
    Instant resumedAt = at("2026-03-16T09:00:00+08:00");
    long wait = Duration.between(pausedAt, resumedAt).getSeconds();
    assertThat(wait).isEqualTo(65 * 3600);

    now(pausedAt);
    documentsMissing("meterInstallation", "缺少房屋产权证明");
    now(resumedAt);
    documentsReceived("meterInstallation");

    // Stage and overall limit end at the same instant; both clocks and both timers move by the wait.
    assertThat(clock("METER_INSTALLATION").getDueAt()).isEqualTo(due.plusSeconds(wait));
    assertThat(clock("OVERALL").getDueAt()).isEqualTo(due.plusSeconds(wait));
    assertThat(timer("meterInstallationOverdue").getDuedate().toInstant()).isEqualTo(due.plusSeconds(wait));
    assertThat(timer("overallOverdue").getDuedate().toInstant()).isEqualTo(due.plusSeconds(wait));
    assertThat(stageTask().getDueDate().toInstant()).isEqualTo(due.plusSeconds(wait));

    // Past the moved deadline the stage timer fires and escalates.
    now(due.plusSeconds(wait + 1));
    managementService.executeJob(timer("meterInstallationOverdue").getId());
    assertThat(clock("METER_INSTALLATION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(escalations.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(Escalation::getClock).containsExactly("METER_INSTALLATION");
  }

  @Test
  void documentsMissingAgainPausesAgainAndEveryWaitIsGivenBack() {
    open("LV_NON_RESIDENTIAL", RECEIVED);
    Instant due = clock("SUPPLY_PLAN").getDueAt();
    now(RECEIVED.plus(Duration.ofHours(1)));
    documentsMissing("supplyPlan", "缺少营业执照");
    now(RECEIVED.plus(Duration.ofHours(5)));
    documentsReceived("supplyPlan");
    now(RECEIVED.plus(Duration.ofHours(6)));
    documentsMissing("supplyPlan", "营业执照已过期");
    now(RECEIVED.plus(Duration.ofHours(26)));
    documentsReceived("supplyPlan");

    assertThat(pauses.findByCaseIdOrderByIdAsc(serviceCase.getId()))
        .extracting(ClockPause::getNote, ClockPause::getCreditedSeconds)
        .containsExactly(tuple("缺少营业执照", 4 * 3600L), tuple("营业执照已过期", 20 * 3600L));
    assertThat(clock("SUPPLY_PLAN").getDueAt()).isEqualTo(due.plus(Duration.ofHours(24)));
    assertThat(timer("supplyPlanOverdue").getDuedate().toInstant()).isEqualTo(due.plus(Duration.ofHours(24)));
  }

  @Test
  void aPauseRejectedByASupervisorGivesNoTimeBackAndTheWaitStillEnds() {
    open("LV_NON_RESIDENTIAL", RECEIVED);
    Instant due = clock("SUPPLY_PLAN").getDueAt();
    documentsMissing("supplyPlan", "缺少营业执照");
    now(RECEIVED.plus(Duration.ofHours(3)));
    transactions.executeWithoutResult(tx -> clockPauses.reject(reload(), "营业执照可在系统中查询，无需客户补充", "supervisor"));

    assertThat(timer("supplyPlanOverdue").isSuspended()).isFalse();
    documentsReceived("supplyPlan");

    assertThat(process).isWaitingAt("supplyPlan");
    assertThat(onlyPause().getResumeCause()).isEqualTo(ResumeCause.SUPERVISOR_REJECTED);
    assertThat(clock("SUPPLY_PLAN").getDueAt()).isEqualTo(due);
    assertThat(timer("supplyPlanOverdue").getDuedate().toInstant()).isEqualTo(due);
  }

  @Test
  void missingDocumentsAfterEveryDeadlinePassedWaitWithoutAPause() {
    open("RESIDENTIAL", RECEIVED);
    Instant due = clock("OVERALL").getDueAt();
    now(due.plusSeconds(1));
    managementService.executeJob(timer("meterInstallationOverdue").getId());
    managementService.executeJob(timer("overallOverdue").getId());

    documentsMissing("meterInstallation", "缺少房屋产权证明");

    assertThat(process).isWaitingAt("meterInstallationDocuments", "stageEscalation", "overallEscalation");
    assertThat(pauses.findByCaseIdOrderByIdAsc(serviceCase.getId())).isEmpty();
    documentsReceived("meterInstallation");
    finishStage("meterInstallation");
    callBack();
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view().onTime()).isFalse();
  }

  // ---- form checks, also for tasks completed through the REST API

  @Test
  void aStageIsEitherDoneWithItsResultOrWaitsWithTheMissingDocumentsNamed() {
    open("RESIDENTIAL", RECEIVED);
    String taskId = stageTask().getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("meterInstallationNote", "已装表")))
        .hasMessageContaining("stageOutcome");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("stageOutcome", "LATER")))
        .hasMessageContaining("stageOutcome");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("stageOutcome", "DONE")))
        .hasMessageContaining("装表接电情况");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("stageOutcome", "DOCUMENTS_MISSING",
        "missingDocuments", " "))).hasMessageContaining("缺少的资料");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("stageOutcome", "DOCUMENTS_MISSING",
        "missingDocuments", "缺".repeat(501)))).hasMessageContaining("500");
    assertThat(process).isWaitingAt("meterInstallation");
    assertThat(pauses.findByCaseIdOrderByIdAsc(serviceCase.getId())).isEmpty();

    documentsMissing("meterInstallation", "缺少房屋产权证明");
    String waitId = stageOrWaitTask().getId();
    assertThatThrownBy(() -> taskService.complete(waitId, Map.of())).hasMessageContaining("收到的资料");
    assertThat(process).isWaitingAt("meterInstallationDocuments");
  }

  // ---- helpers

  private void open(String kind, Instant receivedAt) {
    NewCase request = new NewCase(CaseType.NEW_CONNECTION, Channel.COUNTER,
        new Customer(Complaints.newAccountNo(), "李四", "13900001111"), "XC", AreaType.URBAN, kind,
        "新装用电申请", "客户申请新装用电", receivedAt, null, null, null, false);
    serviceCase = intake.open(request, "agent", null).serviceCase();
    process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .processDefinitionKey("new-connection").singleResult();
  }

  /** The clerk completes the stage, as from the Tasklist form. */
  private void finishStage(String stage) {
    complete(stage, Map.of("stageOutcome", "DONE", noteOf(stage), "已办结"));
  }

  private void documentsMissing(String stage, String missing) {
    complete(stage, Map.of("stageOutcome", "DOCUMENTS_MISSING", "missingDocuments", missing));
  }

  private void documentsReceived(String stage) {
    complete(stage + "Documents", Map.of("documentsReceived", "客户已补齐资料"));
  }

  private void complete(String activityId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(activityId)
        .singleResult();
    assertThat(task).as("task " + activityId).isNotNull();
    identityService.setAuthentication(CLERK, List.of("business-xc"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Connected: the callback team reaches the customer, who is satisfied, and the application closes. */
  private void callBack() {
    assertThat(status()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    Task call = taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .taskDefinitionKey("callCustomer").singleResult();
    assertThat(call).as("the callback's call").isNotNull();
    taskService.complete(call.getId(), Map.of("callbackOutcome", "SATISFIED"));
  }

  /** The current stage's task (not a wait), or null when the application is done. */
  private Task stageTask() {
    return taskService.createTaskQuery().processInstanceId(process.getId()).list().stream()
        .filter(task -> HIGH_VOLTAGE_STAGES.contains(task.getTaskDefinitionKey())).findFirst().orElse(null);
  }

  private Task stageOrWaitTask() {
    return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
  }

  private Task escalationTask() {
    return taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .taskDefinitionKey("escalate").singleResult();
  }

  private static String clockOf(String stage) {
    return switch (stage) {
      case "supplyPlan" -> "SUPPLY_PLAN";
      case "designReview" -> "DESIGN_REVIEW";
      case "midCheck" -> "MID_CHECK";
      case "completionInspection" -> "COMPLETION_INSPECTION";
      case "meterInstallation" -> "METER_INSTALLATION";
      default -> throw new IllegalArgumentException(stage);
    };
  }

  private static String stageOf(String clock) {
    return HIGH_VOLTAGE_STAGES.stream().filter(stage -> clockOf(stage).equals(clock)).findFirst().orElseThrow();
  }

  private static String noteOf(String stage) {
    return stage + "Note";
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

  private Job timer(String boundaryEventId) {
    Job job = managementService.createJobQuery().processInstanceId(process.getId()).timers()
        .activityId(boundaryEventId).singleResult();
    assertThat(job).as("timer " + boundaryEventId).isNotNull();
    return job;
  }

  private Instant variable(String name) {
    return ((Date) runtimeService.getVariable(process.getId(), name)).toInstant();
  }

  private SlaClock clock(String name) {
    return clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()).stream()
        .filter(c -> c.getClock().equals(name)).reduce((first, second) -> second).orElseThrow();
  }

  private ClockPause onlyPause() {
    List<ClockPause> all = pauses.findByCaseIdOrderByIdAsc(serviceCase.getId());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private CaseView view() {
    return caseViews.of(reload());
  }

  private CaseStatus status() {
    return reload().getStatus();
  }

  private ServiceCase reload() {
    return cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow();
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
