package com.griddesk.opinion;

import com.griddesk.cases.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Passing a praise on (转达表扬): the office's handlers see whom the customer praised, tell them, and record how
 * (form field passOnNote). Called from processes/opinion.bpmn as {@code ${praiseHandover...}}.
 */
@Component("praiseHandover")
public class PraiseHandover {

  /** The member of staff praised, for the task form: a staff member's name, not the customer's data. */
  static final String PRAISED_STAFF = "praisedStaff";

  private final ProcessCases processCases;

  public PraiseHandover(ProcessCases processCases) {
    this.processCases = processCases;
  }

  /** Puts the praised member of staff into the process for the form; null when a unit was praised. */
  public void showPraisedStaff(DelegateExecution execution) {
    execution.setVariable(PRAISED_STAFF, processCases.of(execution).getPraisedStaff());
  }
}
