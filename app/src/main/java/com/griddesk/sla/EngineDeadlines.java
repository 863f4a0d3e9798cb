package com.griddesk.sla;

import com.griddesk.security.SystemAccess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Holds and moves what a clock's deadline became in the engine: its timers, the process variables that carry it,
 * and its tasks' due and follow-up dates. A timer, variable or task belongs to a clock when its date equals the
 * clock's due date (or warning point): the process model decides which timers and tasks use which deadline,
 * and no activity id is written in Java.
 *
 * <p>GridDesk has already decided that the user may do this, so the engine is called without their own engine
 * authorizations; GridDesk's pause record says who acted.
 */
@Component
public class EngineDeadlines {

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SystemAccess systemAccess;

  public EngineDeadlines(ManagementService managementService, RuntimeService runtimeService,
      TaskService taskService, SystemAccess systemAccess) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.systemAccess = systemAccess;
  }

  /**
   * Suspends the timers due at {@code due}: the job executor never acquires a suspended job, so they cannot fire
   * while the clock stands still.
   */
  public void hold(String processInstanceId, Instant due) {
    systemAccess.call(() -> {
      timersDueAt(processInstanceId, due).stream().filter(job -> !job.isSuspended())
          .forEach(job -> managementService.suspendJobById(job.getId()));
      return null;
    });
  }

  /** One clock's deadline and warning point, before and after a pause ended. */
  public record Shift(Instant oldDue, Instant newDue, Instant oldWarn, Instant newWarn) {}

  /**
   * Moves every timer, process variable and open task date from the clocks' old due dates and warning points to
   * the new ones, and lets the timers run again; unchanged dates only release the timers. Everything is matched
   * against the old dates before anything moves, so that a date moved onto another clock's old date stays put.
   */
  public void move(String processInstanceId, List<Shift> shifts) {
    systemAccess.call(() -> {
      List<Job> timers = managementService.createJobQuery().processInstanceId(processInstanceId).timers().list();
      Map<String, Object> variables = runtimeService.getVariablesLocal(processInstanceId);
      List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
      for (Job job : timers) {
        Instant newDue = job.getDuedate() == null ? null : newDate(job.getDuedate(), shifts, false);
        if (newDue != null) {
          moveTimer(job.getId(), Date.from(newDue));
        }
      }
      variables.forEach((name, value) -> {
        if (value instanceof Date date) {
          Instant moved = newDate(date, shifts, true);
          if (moved != null) {
            runtimeService.setVariableLocal(processInstanceId, name, Date.from(moved));
          }
        }
      });
      for (Task task : tasks) {
        Instant due = task.getDueDate() == null ? null : newDate(task.getDueDate(), shifts, false);
        if (due != null) {
          taskService.setDueDate(task.getId(), Date.from(due));
        }
        Instant followUp = task.getFollowUpDate() == null ? null : newDate(task.getFollowUpDate(), shifts, true);
        if (followUp != null) {
          taskService.setFollowUpDate(task.getId(), Date.from(followUp));
        }
      }
      return null;
    });
  }

  /**
   * Gives a timer its new date and lets it run again, as one change of the job row. (The API's setJobDuedate and
   * activateJobById are two writes of that row; when a process step ends the pause, e.g. the end of a wait for the
   * customer's documents, both fall into the step's own command and the engine refuses the second as a
   * concurrent update.) A timeDate timer has no later cycles whose dates would follow.
   */
  private void moveTimer(String jobId, Date due) {
    ((ServiceImpl) managementService).getCommandExecutor().execute(commandContext -> {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      job.setDuedate(due);
      if (job.isSuspended()) {
        job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
      }
      return null;
    });
  }

  /** The date a clock's old due date (or, with {@code warnToo}, warning point) becomes; null if none matches. */
  private static Instant newDate(Date date, List<Shift> shifts, boolean warnToo) {
    for (Shift shift : shifts) {
      if (same(date, shift.oldDue())) {
        return shift.newDue();
      }
      if (warnToo && shift.oldWarn() != null && same(date, shift.oldWarn())) {
        return shift.newWarn();
      }
    }
    return null;
  }

  private List<Job> timersDueAt(String processInstanceId, Instant due) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .filter(job -> job.getDuedate() != null && same(job.getDuedate(), due))
        .toList();
  }

  /** Dates are compared to whole seconds, as GridDesk stores them. */
  private static boolean same(Date date, Instant instant) {
    return date.toInstant().truncatedTo(ChronoUnit.SECONDS).equals(instant);
  }
}
