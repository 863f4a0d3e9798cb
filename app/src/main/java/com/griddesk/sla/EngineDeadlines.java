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

  /**
   * Moves every timer, process variable and open task date from the old due date and warning point to the new
   * ones, and lets the timers run again. With equal old and new dates it only releases the timers.
   */
  public void move(String processInstanceId, Instant oldDue, Instant newDue, Instant oldWarn, Instant newWarn) {
    systemAccess.call(() -> {
      for (Job job : timersDueAt(processInstanceId, oldDue)) {
        // cascade=false: a timeDate timer has no later cycles whose dates would follow.
        managementService.setJobDuedate(job.getId(), Date.from(newDue), false);
        if (job.isSuspended()) {
          managementService.activateJobById(job.getId());
        }
      }
      Map<String, Object> variables = runtimeService.getVariablesLocal(processInstanceId);
      variables.forEach((name, value) -> {
        if (value instanceof Date date && same(date, oldDue)) {
          runtimeService.setVariableLocal(processInstanceId, name, Date.from(newDue));
        } else if (value instanceof Date date && oldWarn != null && same(date, oldWarn)) {
          runtimeService.setVariableLocal(processInstanceId, name, Date.from(newWarn));
        }
      });
      for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
        if (task.getDueDate() != null && same(task.getDueDate(), oldDue)) {
          taskService.setDueDate(task.getId(), Date.from(newDue));
        }
        if (task.getFollowUpDate() != null && oldWarn != null && same(task.getFollowUpDate(), oldWarn)) {
          taskService.setFollowUpDate(task.getId(), Date.from(newWarn));
        }
      }
      return null;
    });
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
