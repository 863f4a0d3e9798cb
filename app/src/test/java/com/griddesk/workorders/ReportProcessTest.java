package com.griddesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.ClockState;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and the timer of processes/report.bpmn: investigation by the office, review by the office's
 * supervisors (approve, or return with a reason), nine working days with escalation when missed.
 */
@GridDeskTest
class ReportProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();
  /** Nine working days later: the end of Monday 23 March. */
  static final Instant DUE = OffsetDateTime.parse("2026-03-24T00:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;

  ServiceCase serviceCase;
  RunningCases.RunningCase report;

  @BeforeEach
  void openReport() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
    serviceCase = workOrders.open(CaseType.REPORT, "ELECTRICITY_THEFT", "XC", RECEIVED);
    report = runningCases.of(serviceCase);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeInvestigatesWithinNineWorkingDaysAndItsSupervisorsApprove() {
    assertThat(report.process()).isWaitingAt("investigate");
    assertThat(report.candidateGroups("investigate")).containsExactly("handlers-xc");
    assertThat(report.clock("RESOLUTION").getDueAt()).isEqualTo(DUE);
    assertThat(report.task("investigate").getDueDate().toInstant()).isEqualTo(DUE);
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);

    report.complete("investigate", Map.of("investigationResult", "已查实窃电并追补电费"));
    assertThat(report.process()).isWaitingAt("review");
    assertThat(report.candidateGroups("review")).containsExactly("supervisors-xc");
    assertThat(report.task("review").getDueDate().toInstant()).isEqualTo(DUE);
    assertThat(status()).isEqualTo(CaseStatus.IN_REVIEW);

    report.complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(report.process()).isEnded();
    ServiceCase closed = report.reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(report.clock("RESOLUTION").getState()).isEqualTo(ClockState.MET);
  }

  @Test
  void theSupervisorsReturnTheReportWithAReason() {
    report.complete("investigate", Map.of("investigationResult", "未查实"));
    report.complete("review", Map.of("reviewDecision", "RETURN", "reviewComment", "未核实现场表计"));

    assertThat(report.process()).isWaitingAt("investigate");
    assertThat(status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(report.variable("reviewComment")).isEqualTo("未核实现场表计");
    assertThat(report.task("investigate").getDueDate().toInstant()).isEqualTo(DUE);

    report.complete("investigate", Map.of("investigationResult", "现场核实表计，已查实"));
    report.complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(report.process()).isEnded();
  }

  @Test
  void aReturnNeedsAReason() {
    report.complete("investigate", Map.of("investigationResult", "未查实"));
    Task review = report.task("review");

    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "RETURN")))
        .hasMessageContaining("退回原因");
    assertThat(report.process()).isWaitingAt("review");
  }

  @Test
  void theInvestigationResultCannotBeEmpty() {
    Task investigate = report.task("investigate");

    assertThatThrownBy(() -> engine.getTaskService().complete(investigate.getId(), Map.of()))
        .hasMessageContaining("调查处理结果");
    assertThat(report.process()).isWaitingAt("investigate");
  }

  @Test
  void missedNineWorkingDaysAreBreachedAndEscalatedToTheOfficesSupervisors() {
    report.complete("investigate", Map.of("investigationResult", "已查实"));
    assertThat(report.timer("resolutionOverdue").getDuedate().toInstant()).isEqualTo(DUE);
    ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));

    report.fire("resolutionOverdue");

    assertThat(report.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
    assertThat(report.groupsOf(report.escalationTasks().get(0))).containsExactly("supervisors-xc");
    assertThat(report.process()).isWaitingAt("review", "resolutionEscalation");
    report.complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(report.clock("RESOLUTION").getState()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void anotherOfficesReportIsReviewedByItsOwnSupervisors() {
    report = runningCases.of(workOrders.open(CaseType.REPORT, "STAFF_MISCONDUCT", "HP", RECEIVED));

    assertThat(report.candidateGroups("investigate")).containsExactly("handlers-hp");
    report.complete("investigate", Map.of("investigationResult", "已调查"));
    assertThat(report.candidateGroups("review")).containsExactly("supervisors-hp");
  }

  @Test
  void theReporterNeverBecomesAProcessVariable() {
    report.complete("investigate", Map.of("investigationResult", "已查实"));
    String accountNo = serviceCase.customer().accountNo();

    assertThat(report.variables().values()).allSatisfy(value -> assertThat(String.valueOf(value))
        .doesNotContain(accountNo, CaseBodies.NAME, CaseBodies.PHONE));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(report.process().getId()).list())
        .extracting(HistoricVariableInstance::getValue)
        .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(accountNo, CaseBodies.NAME, CaseBodies.PHONE));
  }

  private CaseStatus status() {
    return report.reload().getStatus();
  }
}
