package com.griddesk.tasks;

import com.griddesk.cases.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the number of what a task is about (case, queue callback, improvement action) onto every new user task. A unit may read its tasks and their own variables, but not
 * the variables of the whole process instance (that would show it every case); without this, Tasklist's lists
 * could not show the 工单号 column and every task of a unit would look alike.
 */
@Component
public class TaskCaseNumbers {

  /** The numbers Tasklist's filters show: 工单号, 回拨单号, 改进单号. */
  public static final List<String> REFERENCES = List.of(ProcessVariables.CASE_NO, "callbackNo", "actionNo");

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void onCreate(DelegateTask task) {
    for (String reference : REFERENCES) {
      Object number = task.getVariable(reference);
      if (number != null) {
        task.setVariableLocal(reference, number);
      }
    }
  }
}
