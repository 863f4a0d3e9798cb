package com.griddesk.tasks;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of task form submissions, for rules a Camunda Form cannot enforce alone and for tasks
 * completed through the REST API. Called from BPMN task listeners as {@code ${formChecks...}}.
 */
@Component("formChecks")
public class FormChecks {

  /** When {@code decisionVariable} is {@code value}, {@code reasonVariable} must hold a non-blank text. */
  public void reasonRequired(DelegateTask task, String decisionVariable, String value, String reasonVariable,
      String reasonLabel) {
    if (value.equals(task.getVariable(decisionVariable))) {
      Object reason = task.getVariable(reasonVariable);
      if (reason == null || reason.toString().isBlank()) {
        throw new BadUserRequestException("请填写" + reasonLabel + "（" + reasonVariable + "）");
      }
    }
  }

  /** {@code variable} must hold a non-blank text. */
  public void textRequired(DelegateTask task, String variable, String label) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException("请填写" + label + "（" + variable + "）");
    }
  }
}
