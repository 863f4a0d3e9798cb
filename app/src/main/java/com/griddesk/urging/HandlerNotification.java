package com.griddesk.urging;

import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.ServiceCase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tells the people working a case that the customer urged it: every open task of the case (by business key, so
 * also the tasks of processes the case's process called) gets the raised priority and a comment with the urge's
 * number and note; every running process of the case gets the variables {@code urgeCount} (for task forms) and
 * {@code priority} (so that tasks created later start at the raised priority). Runs inside
 * {@link EngineBookkeeping}.
 */
@Component
class HandlerNotification {

  static final String URGE_COUNT = "urgeCount";

  private final TaskService taskService;
  private final RuntimeService runtimeService;

  HandlerNotification(TaskService taskService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  void notifyUrge(ServiceCase serviceCase, CaseUrge urge) {
    String caseNo = serviceCase.getCaseNo();
    for (ProcessInstance process : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list()) {
      runtimeService.setVariable(process.getId(), URGE_COUNT, urge.getUrgeNo());
      runtimeService.setVariable(process.getId(), ProcessVariables.PRIORITY, serviceCase.getPriority());
    }
    String comment = "客户催办（第 " + urge.getUrgeNo() + " 次）：" + urge.getNote();
    // Suspended tasks (an administrator halted the process) take no changes; they keep their old priority.
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNo).active().list()) {
      taskService.setPriority(task.getId(), serviceCase.getPriority());
      taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
    }
  }
}
