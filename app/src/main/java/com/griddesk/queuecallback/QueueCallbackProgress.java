package com.griddesk.queuecallback;

import com.griddesk.sla.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Keeps the callback record in step with the process. Called from BPMN as {@code ${queueCallbackProgress...}}. */
@Component("queueCallbackProgress")
public class QueueCallbackProgress {

  private final ProcessCallbacks processCallbacks;
  private final BusinessClock clock;

  public QueueCallbackProgress(ProcessCallbacks processCallbacks, BusinessClock clock) {
    this.processCallbacks = processCallbacks;
    this.clock = clock;
  }

  /** The attempt's deadline passed while the agent's task was open. */
  public void overdue(DelegateExecution execution) {
    processCallbacks.of(execution).overdue(clock.now());
  }

  public void close(DelegateExecution execution, String outcome) {
    processCallbacks.of(execution).close(QueueCallbackOutcome.valueOf(outcome), clock.now());
  }
}
