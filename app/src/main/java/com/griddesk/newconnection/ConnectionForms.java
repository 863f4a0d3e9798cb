package com.griddesk.newconnection;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the new-connection task forms, also for tasks completed through the REST API: a stage
 * is either done (with what was done) or waits for the customer's documents (with what is missing). Called from
 * processes/new-connection.bpmn as {@code ${connectionForms...}}.
 */
@Component("connectionForms")
public class ConnectionForms {

  static final String OUTCOME = "stageOutcome";
  static final String DONE = "DONE";
  static final String DOCUMENTS_MISSING = "DOCUMENTS_MISSING";
  static final String MISSING_DOCUMENTS = "missingDocuments";
  static final String DOCUMENTS_RECEIVED = "documentsReceived";
  /** The missing documents become the note of the clocks' pause, which holds 500 characters. */
  static final int MAX_MISSING = 500;

  public void checkStage(DelegateTask task, String noteVariable, String noteLabel) {
    Object outcome = task.getVariable(OUTCOME);
    if (DONE.equals(outcome)) {
      required(task, noteVariable, noteLabel);
    } else if (DOCUMENTS_MISSING.equals(outcome)) {
      String missing = required(task, MISSING_DOCUMENTS, "缺少的资料");
      if (missing.length() > MAX_MISSING) {
        throw new BadUserRequestException("缺少的资料（" + MISSING_DOCUMENTS + "）不能超过 " + MAX_MISSING + " 个字符");
      }
    } else {
      throw new BadUserRequestException("请选择办理结果（" + OUTCOME + "）：" + DONE + " 或 " + DOCUMENTS_MISSING);
    }
  }

  public void checkDocumentsReceived(DelegateTask task) {
    required(task, DOCUMENTS_RECEIVED, "收到的资料");
  }

  private static String required(DelegateTask task, String variable, String label) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException("请填写" + label + "（" + variable + "）");
    }
    return value.toString();
  }
}
