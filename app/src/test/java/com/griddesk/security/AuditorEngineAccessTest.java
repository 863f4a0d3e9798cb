package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Auditors read tasks, instances and history through /engine-rest, and every attempt to change them is refused.
 * (The same through a webapp session, as Tasklist and Cockpit call it: AuditorWebappAccessTest.)
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class AuditorEngineAccessTest {

  private static final String AUDITOR = "auditor";

  @Autowired
  Api api;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  WatchedComplaint complaint;
  String caseNo;
  String taskId;
  String processInstanceId;

  @BeforeEach
  void openACase() {
    complaint = WatchedComplaint.open(api, taskService, runtimeService, managementService);
    caseNo = complaint.caseNo;
    taskId = complaint.taskId;
    processInstanceId = complaint.processInstanceId;
  }

  @Test
  void readsTasksInstancesAndHistory() {
    Api.Response tasks = api.get(AUDITOR, "/engine-rest/task?processInstanceBusinessKey=" + caseNo);
    Api.Response task = api.get(AUDITOR, "/engine-rest/task/" + taskId);
    Api.Response instance = api.get(AUDITOR, "/engine-rest/process-instance/" + processInstanceId);
    Api.Response history = api.get(AUDITOR, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNo);
    Api.Response activities = api.get(AUDITOR, "/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId);

    assertThat(tasks.code()).as(tasks.toString()).isEqualTo(200);
    assertThat(tasks.json().findValuesAsText("id")).containsExactly(taskId);
    assertThat(task.code()).as(task.toString()).isEqualTo(200);
    assertThat(task.json().path("name").asText()).isEqualTo("联系客户");
    assertThat(instance.code()).as(instance.toString()).isEqualTo(200);
    assertThat(history.code()).as(history.toString()).isEqualTo(200);
    assertThat(history.json().findValuesAsText("id")).containsExactly(processInstanceId);
    assertThat(activities.code()).as(activities.toString()).isEqualTo(200);
    assertThat(activities.json().findValuesAsText("activityId")).contains("register", "contactCustomer");
  }

  @Test
  void everyChangeIsRefusedAndNothingChanges() {
    String task = "/engine-rest/task/" + taskId;
    String instance = "/engine-rest/process-instance/" + processInstanceId;
    Map<String, Object> noteVariable = Map.of("value", "审计备注", "type", "String");

    List<Api.Response> attempts = List.of(
        api.post(AUDITOR, task + "/claim", Map.of("userId", AUDITOR)),
        api.post(AUDITOR, task + "/assignee", Map.of("userId", AUDITOR)),
        api.post(AUDITOR, task + "/complete", Map.of()),
        api.post(AUDITOR, task + "/variables", Map.of("modifications", Map.of("note", noteVariable))),
        put(task + "/localVariables/note", noteVariable),
        put(instance + "/variables/note", noteVariable),
        api.post(AUDITOR, instance + "/variables", Map.of("modifications", Map.of("note", noteVariable))),
        put(instance + "/suspended", Map.of("suspended", true)),
        api.post(AUDITOR, instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "investigate")))),
        api.call(HttpMethod.DELETE, AUDITOR, AUDITOR, instance, null, Map.of()),
        // The engine would count this refusal as a failed attempt of the job, were it not checked first.
        api.post(AUDITOR, "/engine-rest/job/" + complaint.jobId + "/execute", null));
    // The engine checks nothing here (TaskNotesAuthorization does); Camunda's REST API answers any refusal
    // of a new comment with 400.
    Api.Response comment = api.post(AUDITOR, task + "/comment/create", Map.of("message", "审计意见"));

    assertThat(attempts).allSatisfy(response -> assertThat(response.code()).as(response.toString()).isEqualTo(403));
    assertThat(comment.code()).as(comment.toString()).isEqualTo(400);
    complaint.assertUntouched();
  }

  private Api.Response put(String path, Object body) {
    return api.call(HttpMethod.PUT, AUDITOR, AUDITOR, path, body, Map.of());
  }
}
