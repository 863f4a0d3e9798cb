package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A new complaint whose first task, process instance and timer jobs are noted when it is opened, for tests that
 * let someone who may not change anything try every change: {@link #assertUntouched()} then checks that each is
 * as it was. Shared by the auditor's tests through the engine REST API and through the webapps.
 */
final class WatchedComplaint {

  /** The variable every attempt tries to set; it must never appear. */
  static final String NOTE = "note";

  final String caseNo;
  final String taskId;
  final String processInstanceId;
  final String jobId;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final String taskName;
  private final Date taskDue;
  private final List<String> jobs;

  private WatchedComplaint(JsonNode created, TaskService taskService, RuntimeService runtimeService,
      ManagementService managementService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.caseNo = created.path("caseNo").asText();
    this.taskId = created.path("tasks").get(0).path("id").asText();
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    this.taskName = task.getName();
    this.taskDue = task.getDueDate();
    this.processInstanceId = task.getProcessInstanceId();
    this.jobs = jobsNow();
    this.jobId = managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().get(0)
        .getId();
  }

  /** Opens a complaint for XC as the hotline agent. */
  static WatchedComplaint open(Api api, TaskService taskService, RuntimeService runtimeService,
      ManagementService managementService) {
    return new WatchedComplaint(api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC")), taskService,
        runtimeService, managementService);
  }

  /** The first task is open, unassigned and as it was; the instance runs, unsuspended, with its jobs as they were. */
  void assertUntouched() {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
    assertThat(tasks).extracting(Task::getId).containsExactly(taskId);
    Task task = tasks.get(0);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getOwner()).isNull();
    assertThat(task.getName()).isEqualTo(taskName);
    assertThat(task.getDueDate()).isEqualTo(taskDue);
    assertThat(task.isSuspended()).isFalse();
    assertThat(taskService.getVariableLocal(taskId, NOTE)).isNull();
    assertThat(taskService.getTaskComments(taskId)).isEmpty();
    assertThat(taskService.getTaskAttachments(taskId)).isEmpty();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    assertThat(instance).isNotNull();
    assertThat(instance.isSuspended()).isFalse();
    assertThat(runtimeService.getVariable(processInstanceId, NOTE)).isNull();
    assertThat(jobsNow()).isEqualTo(jobs);
  }

  /** Each job of the instance as id, due date, retries and suspension, to see that none was touched. */
  private List<String> jobsNow() {
    return managementService.createJobQuery().processInstanceId(processInstanceId).orderByJobId().asc().list()
        .stream().map(WatchedComplaint::describe).toList();
  }

  private static String describe(Job job) {
    return job.getId() + " " + job.getDuedate() + " " + job.getRetries() + " " + job.isSuspended();
  }
}
