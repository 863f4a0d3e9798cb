package com.griddesk.cases;

import com.griddesk.sla.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the case record in step with the process. Called from BPMN listeners as {@code ${caseProgress...}}.
 */
@Component("caseProgress")
public class CaseProgress {

  private final ProcessCases processCases;
  private final BusinessClock clock;

  public CaseProgress(ProcessCases processCases, BusinessClock clock) {
    this.processCases = processCases;
    this.clock = clock;
  }

  public void status(DelegateExecution execution, String status) {
    processCases.of(execution).moveTo(CaseStatus.valueOf(status), clock.now());
  }

  /** A dissatisfied customer sends the case back to the handler; the process counts the rounds. */
  public void reopen(DelegateExecution execution) {
    ServiceCase serviceCase = processCases.of(execution);
    serviceCase.reopen(clock.now());
    execution.setVariable(ProcessVariables.REOPEN_COUNT, serviceCase.getReopenCount());
  }

  public void close(DelegateExecution execution, String outcome) {
    processCases.of(execution).close(CloseOutcome.valueOf(outcome), clock.now());
  }
}
