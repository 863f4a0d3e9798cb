package com.griddesk.urging;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Works a complaint's tasks as its units would, straight through to a satisfied callback. */
@Component
class ComplaintSteps {

  private final TaskService taskService;

  ComplaintSteps(TaskService taskService) {
    this.taskService = taskService;
  }

  void closeSatisfied(String caseNo) {
    complete(caseNo, "contactCustomer", Map.of("contactNote", "已联系客户"));
    complete(caseNo, "investigate", Map.of("resolution", "已核实并答复客户"));
    complete(caseNo, "review", Map.of("reviewDecision", "APPROVE"));
    complete(caseNo, "callCustomer", Map.of("callbackOutcome", "SATISFIED", "callbackFeedback", "满意"));
  }

  void complete(String caseNo, String taskDefinitionKey, Map<String, Object> variables) {
    taskService.complete(task(caseNo, taskDefinitionKey).getId(), variables);
  }

  Task task(String caseNo, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }
}
