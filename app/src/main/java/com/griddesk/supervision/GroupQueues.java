package com.griddesk.supervision;

import com.griddesk.cases.ProcessVariables;
import com.griddesk.security.SystemAccess;
import com.griddesk.tasks.TaskCaseNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Each candidate group's queue in the engine: its open tasks (claimed or not), those nobody has claimed, and the
 * task waiting longest. Every user task of GridDesk's processes is offered to a group. Counted by the engine's
 * task queries, never by loading tasks: per engine group one count, and for a group with open tasks one more count
 * and the oldest task (1 + groups + 2 x groups with tasks queries, each on the identity link's group index). A task
 * offered to two groups is in both queues. Read without the user's engine authorizations: who may see the queues
 * is decided in SecurityConfig.
 */
@Component
class GroupQueues {

  /** One queue as counted, before its group's name is added. */
  record Counted(String group, long openTasks, long unassignedTasks, Dashboard.OldestTask oldestTask) {}

  private final TaskService taskService;
  private final IdentityService identityService;
  private final SystemAccess systemAccess;

  GroupQueues(TaskService taskService, IdentityService identityService, SystemAccess systemAccess) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.systemAccess = systemAccess;
  }

  /** The queues with at least one open task, the one whose oldest task has waited longest first. */
  List<Counted> at(Instant now) {
    return systemAccess.call(() -> {
      List<Counted> queues = new ArrayList<>();
      for (Group group : identityService.createGroupQuery().orderByGroupId().asc().list()) {
        long open = tasksOf(group.getId()).count();
        if (open == 0) {
          continue;
        }
        long unassigned = taskService.createTaskQuery().taskCandidateGroup(group.getId()).taskUnassigned().count();
        Task oldest = tasksOf(group.getId()).orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, 1)
            .stream().findFirst().orElse(null);
        queues.add(new Counted(group.getId(), open, unassigned, oldest == null ? null : oldest(oldest, now)));
      }
      queues.sort(Comparator.comparing((Counted queue) -> queue.oldestTask() == null ? null
          : queue.oldestTask().createdAt(), Comparator.nullsLast(Comparator.naturalOrder())));
      return queues;
    });
  }

  /** Claimed tasks included: a claimed task is still work the group has not finished. */
  private TaskQuery tasksOf(String group) {
    return taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
  }

  private Dashboard.OldestTask oldest(Task task, Instant now) {
    Map<String, Object> numbers = taskService.getVariablesLocal(task.getId(), TaskCaseNumbers.REFERENCES);
    Object caseNo = numbers.get(ProcessVariables.CASE_NO);
    String reference = TaskCaseNumbers.REFERENCES.stream().map(numbers::get).filter(Objects::nonNull)
        .map(Object::toString).findFirst().orElse(null);
    Instant created = task.getCreateTime().toInstant();
    long waiting = Math.max(0, Duration.between(created, now).getSeconds());
    return new Dashboard.OldestTask(task.getId(), task.getName(), caseNo == null ? null : caseNo.toString(),
        reference, task.getAssignee(), created, waiting);
  }
}
