package com.griddesk.security;

import java.io.InputStream;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;

/**
 * The engine's TaskService, except that adding, changing and deleting comments and attachments is refused
 * (AuthorizationException, 403 through the REST APIs) unless the user may work the task (TASK_WORK or UPDATE, as
 * for completing it) or, for a process instance's own notes, change the instance. Camunda checks nothing there:
 * whoever may read a task could otherwise write on it. GridDesk's own notes (the urge's comment) are written
 * without authorization checks and pass, as does everything done without a logged-in user.
 */
class ChangeCheckingTaskService extends TaskServiceImpl {

  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    checkMayChange(taskId, processInstanceId);
    return super.createComment(taskId, processInstanceId, message);
  }

  @Override
  @SuppressWarnings("deprecation")
  public void addComment(String taskId, String processInstanceId, String message) {
    checkMayChange(taskId, processInstanceId);
    super.addComment(taskId, processInstanceId, message);
  }

  @Override
  public void updateTaskComment(String taskId, String commentId, String message) {
    checkMayChange(taskId, null);
    super.updateTaskComment(taskId, commentId, message);
  }

  @Override
  public void deleteTaskComment(String taskId, String commentId) {
    checkMayChange(taskId, null);
    super.deleteTaskComment(taskId, commentId);
  }

  @Override
  public void deleteTaskComments(String taskId) {
    checkMayChange(taskId, null);
    super.deleteTaskComments(taskId);
  }

  @Override
  public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
    checkMayChange(null, processInstanceId);
    super.updateProcessInstanceComment(processInstanceId, commentId, message);
  }

  @Override
  public void deleteProcessInstanceComment(String processInstanceId, String commentId) {
    checkMayChange(null, processInstanceId);
    super.deleteProcessInstanceComment(processInstanceId, commentId);
  }

  @Override
  public void deleteProcessInstanceComments(String processInstanceId) {
    checkMayChange(null, processInstanceId);
    super.deleteProcessInstanceComments(processInstanceId);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, InputStream content) {
    checkMayChange(taskId, processInstanceId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        content);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, String url) {
    checkMayChange(taskId, processInstanceId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        url);
  }

  @Override
  public void saveAttachment(Attachment attachment) {
    checkMayChange(attachment.getTaskId(), attachment.getProcessInstanceId());
    super.saveAttachment(attachment);
  }

  @Override
  public void deleteAttachment(String attachmentId) {
    commandExecutor.execute(context -> {
      AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
      if (attachment != null) {
        check(context, attachment.getTaskId(), attachment.getProcessInstanceId());
      }
      return null;
    });
    super.deleteAttachment(attachmentId);
  }

  @Override
  public void deleteTaskAttachment(String taskId, String attachmentId) {
    checkMayChange(taskId, null);
    super.deleteTaskAttachment(taskId, attachmentId);
  }

  private void checkMayChange(String taskId, String processInstanceId) {
    commandExecutor.execute(context -> {
      check(context, taskId, processInstanceId);
      return null;
    });
  }

  /** A task that no longer runs falls back to its process instance; what does not exist is left to the engine. */
  private static void check(CommandContext context, String taskId, String processInstanceId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return;
    }
    ExecutionEntity instance = processInstanceId == null ? null
        : context.getExecutionManager().findExecutionById(processInstanceId);
    if (instance != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateProcessInstance(instance);
      }
    }
  }
}
