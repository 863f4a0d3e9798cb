package com.griddesk.monitoring;

import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How long user tasks wait and how long they are worked on, recorded when a task is completed:
 * griddesk_task_waiting_seconds (created to first claimed, or to completed when nobody claimed it) and
 * griddesk_task_working_seconds (first claimed to completed), tagged process and task (definition keys).
 * The first claim is read from the engine's identity link history, so nothing is added to the task; a task
 * claimed and completed in one engine command counts as never claimed. Deleted tasks are not recorded, nor
 * completions that roll back.
 */
@Component
public class TaskTimes {

  static final String WAITING = "griddesk.task.waiting";
  static final String WORKING = "griddesk.task.working";

  /** Histogram buckets at the spans the SLA policy talks in, so that shares within them can be graphed. */
  private static final Duration[] BUCKETS = {Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8),
      Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(20)};

  private final MeterRegistry registry;
  private final HistoryService historyService;
  private final SystemAccess systemAccess;
  private final BusinessClock clock;

  public TaskTimes(MeterRegistry registry, HistoryService historyService, SystemAccess systemAccess,
      BusinessClock clock) {
    this.registry = registry;
    this.historyService = historyService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) {
    Instant created = task.getCreateTime().toInstant();
    Instant completed = clock.now();
    HistoricIdentityLinkLog firstClaim = systemAccess.call(() -> historyService.createHistoricIdentityLinkLogQuery()
        .taskId(task.getId()).type(IdentityLinkType.ASSIGNEE).operationType("add").orderByTime().asc()
        .listPage(0, 1)).stream().findFirst().orElse(null);
    String process = processKey(task);
    String taskKey = task.getTaskDefinitionKey() == null ? "none" : task.getTaskDefinitionKey();
    Instant claimed = firstClaim == null ? completed : firstClaim.getTime().toInstant();
    // A completion refused by a form check rolls back: nothing is recorded then.
    AfterCommit.run(() -> {
      timer(WAITING, "Time from a task's creation to its first claim (or completion)", process, taskKey)
          .record(between(created, claimed));
      if (firstClaim != null) {
        timer(WORKING, "Time from a task's first claim to its completion", process, taskKey)
            .record(between(claimed, completed));
      }
    });
  }

  private Timer timer(String name, String description, String process, String task) {
    return Timer.builder(name).description(description).tag("process", process).tag("task", task)
        .serviceLevelObjectives(BUCKETS).register(registry);
  }

  private static String processKey(DelegateTask task) {
    if (task instanceof TaskEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    return "none";
  }

  /** Never negative: "now" is in whole seconds, the engine's own times are not. */
  private static Duration between(Instant from, Instant to) {
    Duration span = Duration.between(from, to);
    return span.isNegative() ? Duration.ZERO : span;
  }
}
