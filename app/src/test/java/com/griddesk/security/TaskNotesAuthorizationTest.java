package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
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

  private void as(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }
}
