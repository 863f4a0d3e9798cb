package com.griddesk.cases;

import com.griddesk.sla.BusinessClock;
import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
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

  /** What the customer said at the callback, on the case record; called when the callback task completes. */
  public void recordCallback(VariableScope task, String outcome) {
    CallbackOutcome callbackOutcome = Arrays.stream(CallbackOutcome.values())
        .filter(known -> known.name().equals(outcome)).findFirst()
        .orElseThrow(() -> new BadUserRequestException("回访结果（callbackOutcome）须为 "
            + Arrays.toString(CallbackOutcome.values()) + " 之一"));
    processCases.of(task).recordCallback(callbackOutcome, clock.now());
  }
}
