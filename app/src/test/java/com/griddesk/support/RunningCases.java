package com.griddesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A case and its process as a process test drives them: its tasks, timers and clocks, found by activity id. */
@Component
public class RunningCases {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final CaseRepository cases;
  private final SlaClockRepository clocks;

  public RunningCases(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      CaseRepository cases, SlaClockRepository clocks) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.cases = cases;
    this.clocks = clocks;
  }

  public RunningCase of(ServiceCase serviceCase) {
    return new RunningCase(serviceCase.getCaseNo(), serviceCase.getProcessInstanceId());
  }

  public class RunningCase {

    private final String caseNo;
    private final ProcessInstance process;

    RunningCase(String caseNo, String processInstanceId) {
      this.caseNo = caseNo;
      this.process = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    public ProcessInstance process() {
      return process;
    }

    public ServiceCase reload() {
      return cases.findByCaseNo(caseNo).orElseThrow();
    }

    /** The open task at this activity of the case's process or of a process it called (e.g. the callback), or null. */
    public Task task(String activityId) {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(activityId)
          .singleResult();
    }

    public void complete(String activityId, Map<String, Object> variables) {
      Task task = task(activityId);
      assertThat(task).as("open task " + activityId).isNotNull();
      taskService.complete(task.getId(), variables);
    }

    /** The callback team's first call (processes/callback.bpmn) reaches the customer with this outcome. */
    public void callBack(String outcome) {
      complete("callCustomer", Map.of("callbackOutcome", outcome, "callbackFeedback", "客户的回访意见"));
    }

    public List<String> candidateGroups(String activityId) {
      return groupsOf(task(activityId));
    }

    public List<String> groupsOf(Task task) {
      return taskService.getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    /** The escalation tasks (超时督办) of every process of the case, oldest first. */
    public List<Task> escalationTasks() {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("escalate")
          .orderByTaskCreateTime().asc().list();
    }

    /** The timer at this activity of the case's process or of a process it called, or null. */
    public Job timer(String activityId) {
      return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
          .map(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
              .activityId(activityId).singleResult())
          .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Runs the timer of this boundary event as the job executor would once its date has come. */
    public void fire(String activityId) {
      Job timer = timer(activityId);
      assertThat(timer).as("timer " + activityId).isNotNull();
      managementService.executeJob(timer.getId());
    }

    public Object variable(String name) {
      return runtimeService.getVariable(process.getId(), name);
    }

    public Map<String, Object> variables() {
      return runtimeService.getVariables(process.getId());
    }

    /** The case's latest clock of this name. */
    public SlaClock clock(String name) {
      return clocks.findByCaseIdOrderByIdAsc(reload().getId()).stream()
          .filter(c -> c.getClock().equals(name)).reduce((first, second) -> second).orElseThrow();
    }

    public List<String> clockNames() {
      return clocks.findByCaseIdOrderByIdAsc(reload().getId()).stream().map(SlaClock::getClock).toList();
    }
  }
}
