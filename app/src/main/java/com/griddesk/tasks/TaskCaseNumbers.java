package com.griddesk.tasks;

import com.griddesk.cases.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the case number onto every new user task. A unit may read its tasks and their own variables, but not
 * the variables of the whole process instance (that would show it every case); without this, Tasklist's lists
 * could not show the 工单号 column and every task of a unit would look alike.
 */
@Component
public class TaskCaseNumbers {

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    Object caseNo = task.getVariable(ProcessVariables.CASE_NO);
    if (caseNo != null) {
      task.setVariableLocal(ProcessVariables.CASE_NO, caseNo);
    }
  }
}
