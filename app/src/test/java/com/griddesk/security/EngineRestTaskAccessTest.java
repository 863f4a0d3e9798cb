package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Camunda's own REST API (/engine-rest) enforces the engine's authorizations: the unit a case is routed to sees,
 * claims and completes its task; another unit neither sees it nor can work it.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class EngineRestTaskAccessTest {

  @Autowired
  Api api;

  @Autowired
  TaskService taskService;

  String caseNo;
  String taskId;

  @BeforeEach
  void openAnXcCase() {
    JsonNode created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    caseNo = created.path("caseNo").asText();
    taskId = created.path("tasks").get(0).path("id").asText();
  }

  @Test
  void theRoutedUnitSeesClaimsAndCompletesTheContactTask() {
    Api.Response list = api.get("handler-xc", "/engine-rest/task?processInstanceBusinessKey=" + caseNo);
    assertThat(list.code()).as(list.toString()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).path("id").asText()).isEqualTo(taskId);
    assertThat(list.json().get(0).path("name").asText()).isEqualTo("联系客户");

    Api.Response claim = api.post("handler-xc", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "handler-xc"));
    assertThat(claim.code()).as(claim.toString()).isEqualTo(204);
    assertThat(task().getAssignee()).isEqualTo("handler-xc");

    Api.Response complete = api.post("handler-xc", "/engine-rest/task/" + taskId + "/complete", Map.of());
    assertThat(complete.code()).as(complete.toString()).isEqualTo(204);
    assertThat(task()).isNull();

    JsonNode progressed = api.get("handler-xc", "/api/cases/" + caseNo).json();
    assertThat(progressed.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(progressed.path("tasks").findValuesAsText("name")).containsExactly("调查处理");
    assertThat(progressed.path("slas").findValuesAsText("state")).containsExactly("MET", "RUNNING");
  }

  @Test
  void anotherUnitNeitherSeesNorWorksTheTask() {
    Api.Response list = api.get("handler-hp", "/engine-rest/task?processInstanceBusinessKey=" + caseNo);
    Api.Response single = api.get("handler-hp", "/engine-rest/task/" + taskId);
    Api.Response claim = api.post("handler-hp", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "handler-hp"));
    Api.Response assign = api.call(HttpMethod.POST, "handler-hp", "handler-hp", "/engine-rest/task/" + taskId + "/assignee",
        Map.of("userId", "handler-hp"), Map.of());
    Api.Response complete = api.post("handler-hp", "/engine-rest/task/" + taskId + "/complete", Map.of());

    assertThat(list.code()).isEqualTo(200);
    assertThat(list.json()).isEmpty();
    assertThat(single.code()).as(single.toString()).isEqualTo(404);
    assertThat(claim.code()).as(claim.toString()).isEqualTo(403);
    assertThat(assign.code()).as(assign.toString()).isEqualTo(403);
    assertThat(complete.code()).as(complete.toString()).isEqualTo(403);

    Task unchanged = task();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(api.get("supervisor", "/api/cases/" + caseNo).json().path("status").asText())
        .isEqualTo("AWAITING_CONTACT");
  }

  private Task task() {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }
}
