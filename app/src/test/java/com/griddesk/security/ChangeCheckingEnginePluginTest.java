package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two checks the engine lacks: notes on a task need the permission to work it, and a job run by hand needs the
 * permission to change it before a refusal could count as a failed attempt. Whoever works the task still writes
 * notes, and GridDesk's own work (no logged-in user) is not affected.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class ChangeCheckingEnginePluginTest {

  @Autowired Api api;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  WatchedComplaint complaint;

  @BeforeEach
  void openACase() {
    complaint = WatchedComplaint.open(api, taskService, runtimeService, managementService);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aReaderWritesNoNoteAndRunsNoJob() {
    identityService.setAuthentication("auditor", List.of("auditors"));

    assertThatThrownBy(() -> taskService.createComment(complaint.taskId, complaint.processInstanceId, "审计意见"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.createAttachment("url", complaint.taskId, null, "审计.txt", null,
        "http://example.invalid/a.txt")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.createComment(null, complaint.processInstanceId, "审计意见"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> managementService.executeJob(complaint.jobId))
        .isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    complaint.assertUntouched();
  }

  @Test
  void whoeverWorksTheTaskWritesNotesAndChangesThem() {
    identityService.setAuthentication("handler-xc", List.of("handlers-xc"));

    String commentId = taskService.createComment(complaint.taskId, complaint.processInstanceId, "已电话联系客户")
        .getId();
    taskService.updateTaskComment(complaint.taskId, commentId, "已电话联系客户，约定明日上门");
    Attachment photo = taskService.createAttachment("url", complaint.taskId, null, "现场照片", null,
        "http://example.invalid/photo.jpg");

    identityService.setAuthentication("auditor", List.of("auditors"));
    assertThatThrownBy(() -> taskService.deleteTaskComment(complaint.taskId, commentId))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.deleteAttachment(photo.getId())).isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    assertThat(taskService.getTaskComments(complaint.taskId)).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).isEqualTo("已电话联系客户，约定明日上门"));
    assertThat(taskService.getTaskAttachments(complaint.taskId)).extracting(Attachment::getId)
        .containsExactly(photo.getId());
  }

  @Test
  void griddesksOwnWorkWithoutALoggedInUserIsNotChecked() {
    taskService.createComment(complaint.taskId, complaint.processInstanceId, "系统备注");

    assertThat(taskService.getTaskComments(complaint.taskId)).hasSize(1);
  }
}
