package com.griddesk.security;

import java.io.InputStream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 checks no authorization when a comment or an attachment is added to a task or a process instance,
 * or an attachment is changed or deleted (editing and deleting comments are checked): anybody who can read a task,
 * an auditor too, could write on it from Tasklist or the REST API. GridDesk's task service runs those commands only
 * for a user who may work the task (or update the process instance), the same check the engine makes to edit a
 * comment. A finished task or process instance takes no new notes from a user at all (the engine would take them):
 * its record is closed, and what is said afterwards belongs to the case's own notes. Commands run without a
 * logged-in user (GridDesk's own code, e.g. the urge note) are not checked, as everywhere in the engine.
 */
@Component
public class TaskNotesAuthorization extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new CheckedTaskService());
  }

  static void checkMayWrite(CommandContext context, String taskId, String processInstanceId) {
    boolean byUser = context.getAuthenticatedUserId() != null;
    if (taskId != null) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null && byUser) {
        throw new BadUserRequestException("Task " + taskId + " is finished or does not exist: it takes no notes");
      }
      if (task != null) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkTaskWork(task);
        }
      }
    } else if (processInstanceId != null) {
      if (byUser && context.getExecutionManager().findExecutionById(processInstanceId) == null) {
        throw new BadUserRequestException(
            "Process instance " + processInstanceId + " is finished or does not exist: it takes no notes");
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateProcessInstanceById(processInstanceId);
      }
    }
  }

  static void checkMayWrite(CommandContext context, String attachmentId) {
    AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
    if (attachment != null) {
      checkMayWrite(context, attachment.getTaskId(), attachment.getProcessInstanceId());
    }
  }

  /** Camunda's task service, with the notes' commands checked. */
  static class CheckedTaskService extends TaskServiceImpl {

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
      return commandExecutor.execute(new CheckedAddComment(taskId, processInstanceId, message));
    }

    @Override
    public void addComment(String taskId, String processInstanceId, String message) {
      createComment(taskId, processInstanceId, message);
    }

    @Override
    public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
        String description, InputStream content) {
      return commandExecutor.execute(
          new CheckedCreateAttachment(type, taskId, processInstanceId, name, description, content, null));
    }

    @Override
    public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
        String description, String url) {
      return commandExecutor.execute(
          new CheckedCreateAttachment(type, taskId, processInstanceId, name, description, null, url));
    }

    @Override
    public void deleteAttachment(String attachmentId) {
      commandExecutor.execute(new CheckedDeleteAttachment(attachmentId, null));
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
      commandExecutor.execute(new CheckedDeleteAttachment(attachmentId, taskId));
    }

    @Override
    public void saveAttachment(Attachment attachment) {
      commandExecutor.execute(new CheckedSaveAttachment(attachment));
    }
  }

  static class CheckedAddComment extends AddCommentCmd {
    CheckedAddComment(String taskId, String processInstanceId, String message) {
      super(taskId, processInstanceId, message);
    }

    @Override
    public Comment execute(CommandContext context) {
      checkMayWrite(context, taskId, processInstanceId);
      return super.execute(context);
    }
  }

  static class CheckedCreateAttachment extends CreateAttachmentCmd {
    CheckedCreateAttachment(String type, String taskId, String processInstanceId, String name, String description,
        InputStream content, String url) {
      super(type, taskId, processInstanceId, name, description, content, url);
    }

    @Override
    public Attachment execute(CommandContext context) {
      checkMayWrite(context, taskId, processInstanceId);
      return super.execute(context);
    }
  }

  static class CheckedDeleteAttachment extends DeleteAttachmentCmd {
    CheckedDeleteAttachment(String attachmentId, String taskId) {
      super(taskId, attachmentId);
    }

    @Override
    public Object execute(CommandContext context) {
      checkMayWrite(context, attachmentId);
      return super.execute(context);
    }
  }

  static class CheckedSaveAttachment extends SaveAttachmentCmd {
    CheckedSaveAttachment(Attachment attachment) {
      super(attachment);
    }

    @Override
    public Object execute(CommandContext context) {
      checkMayWrite(context, attachment.getId());
      return super.execute(context);
    }
  }
}
