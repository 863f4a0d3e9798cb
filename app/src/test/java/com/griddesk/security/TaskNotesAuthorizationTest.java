package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments and attachments on a task are written only by those who may work it: the engine itself does not check
 * them ({@link TaskNotesAuthorization}). An auditor reads a unit's task but cannot write on it.
 */
@com.griddesk.support.GridDeskTest
class TaskNotesAuthorizationTest {

  @Autowired
  Api api;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtimeService;

  Task task;

  @BeforeEach
  void openAComplaint() {
    JsonNode created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    task = taskService.createTaskQuery().taskId(created.path("tasks").get(0).path("id").asText()).singleResult();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theUnitsHandlerWritesCommentsAndAttachments() {
    as("handler-xc", "handlers-xc");
    taskService.createComment(task.getId(), task.getProcessInstanceId(), "已电话联系客户");
    Attachment attachment = taskService.createAttachment("url", task.getId(), task.getProcessInstanceId(), "现场照片",
        "照片链接", "https://example.org/photo.jpg");
    identityService.clearAuthentication();

    assertThat(taskService.getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("已电话联系客户");
    assertThat(taskService.getTaskAttachments(task.getId())).extracting(Attachment::getId)
        .containsExactly(attachment.getId());
  }

  @Test
  void anAuditorCannotWriteOnATaskOrItsProcess() {
    as("auditor", "auditors");

    assertThatThrownBy(() -> taskService.createComment(task.getId(), null, "审计备注"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.createComment(null, task.getProcessInstanceId(), "审计备注"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.createAttachment("url", task.getId(), null, "附件", null, "https://example.org"))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();

    assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    assertThat(taskService.getProcessInstanceComments(task.getProcessInstanceId())).isEmpty();
    assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
  }

  @Test
  void anAuditorCannotChangeOrDeleteAnAttachment() {
    Attachment attachment = taskService.createAttachment("url", task.getId(), null, "现场照片", null,
        "https://example.org/photo.jpg");
    as("auditor", "auditors");
    Attachment renamed = taskService.getAttachment(attachment.getId());
    renamed.setName("审计改名");

    assertThatThrownBy(() -> taskService.saveAttachment(renamed)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.deleteAttachment(attachment.getId()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.deleteTaskAttachment(task.getId(), attachment.getId()))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();

    assertThat(taskService.getAttachment(attachment.getId()).getName()).isEqualTo("现场照片");
  }

  @Test
  void aFinishedTaskTakesNoNewNotesFromAnybody() {
    taskService.complete(task.getId(), Map.of("contactNote", "已电话联系客户"));
    String path = "/engine-rest/task/" + task.getId() + "/comment/create";

    for (String[] user : new String[][] {{"auditor", "auditors"}, {"handler-xc", "handlers-xc"}}) {
      as(user[0], user[1]);
      assertThatThrownBy(() -> taskService.createComment(task.getId(), null, "事后备注"))
          .as(user[0]).isInstanceOf(BadUserRequestException.class);
      assertThatThrownBy(() -> taskService.createAttachment("url", task.getId(), null, "附件", null,
          "https://example.org")).as(user[0]).isInstanceOf(BadUserRequestException.class);
      identityService.clearAuthentication();
    }
    Api.Response byAuditor = api.post("auditor", path, Map.of("message", "审计备注"));
    Api.Response byAdministrator = api.post("demo", path, Map.of("message", "事后备注"));

    assertThat(byAuditor.code()).as(byAuditor.toString()).isEqualTo(400);
    assertThat(byAdministrator.code()).as(byAdministrator.toString()).isEqualTo(400);
    assertThat(historicComments(task.getId())).isEmpty();
    assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
  }

  @Test
  void aFinishedProcessInstanceTakesNoNewNotes() {
    runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "测试");
    as("auditor", "auditors");

    assertThatThrownBy(() -> taskService.createComment(null, task.getProcessInstanceId(), "审计备注"))
        .isInstanceOf(BadUserRequestException.class);
    identityService.clearAuthentication();

    assertThat(taskService.getProcessInstanceComments(task.getProcessInstanceId())).isEmpty();
  }

  @Test
  void theRestApiTakesAnAdministratorsCommentAndRefusesTheAuditors() {
    String path = "/engine-rest/task/" + task.getId() + "/comment/create";
    Api.Response refused = api.post("auditor", path, Map.of("message", "审计备注"));
    Api.Response taken = api.post("demo", path, Map.of("message", "已联系客户"));

    // Camunda's comment resource answers every engine exception, a refused authorization too, with a 400.
    assertThat(refused.code()).as(refused.toString()).isEqualTo(400);
    assertThat(taken.code()).as(taken.toString()).isEqualTo(200);
    assertThat(taskService.getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("已联系客户");
  }

  private List<String> historicComments(String taskId) {
    return taskService.getTaskComments(taskId).stream().map(c -> c.getFullMessage()).toList();
  }

  private void as(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }
}
