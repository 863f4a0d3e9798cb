package com.griddesk.timeline;

import com.griddesk.security.SystemAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A case's steps as the engine's history knows them: the case process and every process started for the case
 * (same business key), their activities, user tasks with who claimed, was assigned and completed them, the form
 * values submitted, fired timers and incidents. Read without the user's engine authorizations: the caller has
 * already decided the user may read the case. Entries come per process in the order things happened, a called
 * process inside its call activity; the merge sorts them by time, keeping this order within an instant.
 */
@Component
public class EngineHistoryEvents {

  /** Routing steps and the process's own start: noise for a reader, the process start is its own entry. */
  private static final Set<String> SKIPPED_TYPES = Set.of("startEvent", "exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "multiInstanceBody", "userTask");
  private static final Set<String> TIMER_TYPES = Set.of("boundaryTimer", "intermediateTimer", "startTimerEvent");
  private static final String COMPLETED = "completed";

  private final HistoryService history;
  private final SystemAccess systemAccess;

  public EngineHistoryEvents(HistoryService history, SystemAccess systemAccess) {
    this.history = history;
    this.systemAccess = systemAccess;
  }

  public List<TimelineEntry> of(String caseNo) {
    return systemAccess.call(() -> {
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseNo).list().stream()
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
              .thenComparing(HistoricProcessInstance::getId))
          .toList();
      Map<String, HistoricProcessInstance> byId = new HashMap<>();
      instances.forEach(instance -> byId.put(instance.getId(), instance));
      Set<String> listed = new HashSet<>();
      List<TimelineEntry> entries = new ArrayList<>();
      // Processes a call activity of the case started are listed at that call activity (ofProcess); the others
      // (e.g. an urge's escalation, started by GridDesk) after the processes that started before them.
      for (HistoricProcessInstance instance : instances) {
        if (!byId.containsKey(instance.getSuperProcessInstanceId()) && listed.add(instance.getId())) {
          entries.addAll(ofProcess(instance, byId, listed));
        }
      }
      for (HistoricProcessInstance instance : instances) {
        if (listed.add(instance.getId())) {
          entries.addAll(ofProcess(instance, byId, listed));
        }
      }
      return entries;
    });
  }

  /**
   * A process's entries in the order they happened, with the processes it called, so that within one instant cause
   * comes before effect: the caller's steps before the called process's start (the review's completion before the
   * callback starts), and the called process's last steps before what the caller does once it returns (the
   * callback's dissatisfied answer before the reopening).
   */
  private List<TimelineEntry> ofProcess(HistoricProcessInstance instance, Map<String, HistoricProcessInstance> byId,
      Set<String> listed) {
    Process process = new Process(instance.getProcessDefinitionKey(), instance.getProcessDefinitionVersion());
    List<TimelineEntry> entries = new ArrayList<>();
    Map<String, Object> started = new LinkedHashMap<>();
    started.put("processInstanceId", instance.getId());
    started.put("processName", instance.getProcessDefinitionName());
    if (instance.getSuperProcessInstanceId() != null) {
      started.put("calledBy", instance.getSuperProcessInstanceId());
    }
    entries.add(process.entry(instance.getStartTime(), "PROCESS_STARTED",
        instance.getStartUserId() == null ? TimelineEntry.SYSTEM : instance.getStartUserId(), null,
        instance.getProcessDefinitionName(), started));

    // A called process's steps go after this process's own steps of the same instant (the caller acted first),
    // except those of the instant it ended, which go before the call activity's end (the caller goes on after it).
    List<TimelineEntry> afterOwnSteps = new ArrayList<>();
    Map<String, HistoricTaskInstance> tasksByActivityInstance = new HashMap<>();
    history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(task -> tasksByActivityInstance.put(task.getActivityInstanceId(), task));
    Map<String, String> completedBy = completedBy(instance.getId());
    Map<String, Map<String, Object>> submitted = submittedValues(instance.getId());

    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list()) {
      HistoricTaskInstance task = tasksByActivityInstance.get(activity.getId());
      if (task != null) {
        entries.addAll(ofTask(process, task, completedBy, submitted.get(activity.getId())));
      } else if (TIMER_TYPES.contains(activity.getActivityType())) {
        if (activity.getEndTime() != null && !activity.isCanceled()) {
          entries.add(process.entry(activity.getEndTime(), "TIMER_FIRED", TimelineEntry.SYSTEM,
              activity.getActivityId(), activity.getActivityName(), Map.of("type", activity.getActivityType())));
        }
      } else if (!SKIPPED_TYPES.contains(activity.getActivityType())) {
        List<TimelineEntry> steps = ofActivity(process, activity);
        HistoricProcessInstance callee = byId.get(activity.getCalledProcessInstanceId());
        if (callee != null && !steps.isEmpty() && listed.add(callee.getId())) {
          List<TimelineEntry> calleeEntries = ofProcess(callee, byId, listed);
          Instant calleeEnd = callee.getEndTime() == null ? null : callee.getEndTime().toInstant();
          entries.add(steps.get(0));
          for (TimelineEntry entry : calleeEntries) {
            (calleeEnd != null && calleeEnd.equals(entry.at()) ? entries : afterOwnSteps).add(entry);
          }
          entries.addAll(steps.subList(1, steps.size()));
        } else {
          entries.addAll(steps);
        }
      }
    }

    entries.addAll(afterOwnSteps);

    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instance.getId())
        .list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("type", incident.getIncidentType());
      details.put("message", FormValues.shownValue(incident.getIncidentMessage(), "message"));
      details.put("resolved", incident.isResolved());
      details.put("endedAt", incident.getEndTime() == null ? null : incident.getEndTime().toInstant());
      entries.add(process.entry(incident.getCreateTime(), "INCIDENT", TimelineEntry.SYSTEM,
          incident.getActivityId(), null, details));
    }

    if (instance.getEndTime() != null) {
      Map<String, Object> ended = new LinkedHashMap<>();
      ended.put("processInstanceId", instance.getId());
      ended.put("state", instance.getState());
      entries.add(process.entry(instance.getEndTime(), "PROCESS_ENDED", TimelineEntry.SYSTEM,
          instance.getEndActivityId(), instance.getProcessDefinitionName(), ended));
    }
    return entries;
  }

  private List<TimelineEntry> ofActivity(Process process, HistoricActivityInstance activity) {
    List<TimelineEntry> entries = new ArrayList<>();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("type", activity.getActivityType());
    if (activity.getCalledProcessInstanceId() != null) {
      details.put("calledProcessInstanceId", activity.getCalledProcessInstanceId());
    }
    // An end or throw event has no duration: it is reached, so one entry says so.
    boolean instantaneous = activity.getActivityType().endsWith("EndEvent")
        || activity.getActivityType().endsWith("ThrowEvent");
    if (!instantaneous) {
      entries.add(process.entry(activity.getStartTime(), "ACTIVITY_STARTED", TimelineEntry.SYSTEM,
          activity.getActivityId(), activity.getActivityName(), details));
    }
    if (activity.getEndTime() != null) {
      Map<String, Object> endDetails = new LinkedHashMap<>(details);
      endDetails.put("canceled", activity.isCanceled());
      entries.add(process.entry(activity.getEndTime(), "ACTIVITY_ENDED", TimelineEntry.SYSTEM,
          activity.getActivityId(), activity.getActivityName(), endDetails));
    }
    return entries;
  }

  private List<TimelineEntry> ofTask(Process process, HistoricTaskInstance task, Map<String, String> completedBy,
      Map<String, Object> values) {
    List<TimelineEntry> entries = new ArrayList<>();
    String activity = task.getTaskDefinitionKey();
    entries.add(process.entry(task.getStartTime(), "TASK_CREATED", TimelineEntry.SYSTEM, activity, task.getName(),
        Map.of("taskId", task.getId())));

    String assignee = null;
    List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.ASSIGNEE).orderByTime().asc().list();
    for (HistoricIdentityLinkLog link : links) {
      if (!"add".equals(link.getOperationType())) {
        continue;
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("taskId", task.getId());
      details.put("assignee", link.getUserId());
      details.put("previousAssignee", assignee);
      boolean claimed = link.getUserId() != null && link.getUserId().equals(link.getAssignerId());
      entries.add(process.entry(link.getTime(), claimed ? "TASK_CLAIMED" : "TASK_ASSIGNED", link.getAssignerId(),
          activity, task.getName(), details));
      assignee = link.getUserId();
    }

    if (task.getEndTime() == null) {
      return entries;
    }
    if (COMPLETED.equals(task.getDeleteReason())) {
      // The operation log knows who completed (also without a claim); without a logged-in user, the assignee.
      String actor = completedBy.getOrDefault(task.getId(), task.getAssignee());
      if (values != null && !values.isEmpty()) {
        entries.add(process.entry(task.getEndTime(), "FORM_SUBMITTED", actor, activity, task.getName(),
            Map.of("taskId", task.getId(), "variables", values)));
      }
      entries.add(process.entry(task.getEndTime(), "TASK_COMPLETED", actor, activity, task.getName(),
          Map.of("taskId", task.getId())));
    } else {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("taskId", task.getId());
      details.put("reason", task.getDeleteReason());
      entries.add(process.entry(task.getEndTime(), "TASK_CANCELED", TimelineEntry.SYSTEM, activity, task.getName(),
          details));
    }
    return entries;
  }

  /** Task id to the user who completed it, from the user operation log. */
  private Map<String, String> completedBy(String processInstanceId) {
    Map<String, String> users = new HashMap<>();
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (entry.getTaskId() != null && entry.getUserId() != null) {
        users.put(entry.getTaskId(), entry.getUserId());
      }
    }
    return users;
  }

  /**
   * Activity instance id to the values set in it, last value per name. Variables submitted with a task are
   * recorded on the process but carry the task's activity instance. Updates are taken in the order of their time:
   * the engine's sequence counter belongs to one variable instance, so a variable removed when the task began (as
   * the review's start listener does for its decision) and set again on completion would otherwise count as
   * removed. A removal (no value) is not a submitted value and is left out.
   */
  private Map<String, Map<String, Object>> submittedValues(String processInstanceId) {
    Map<String, Map<String, Object>> byActivityInstance = new HashMap<>();
    List<HistoricDetail> details = new ArrayList<>(history.createHistoricDetailQuery()
        .processInstanceId(processInstanceId).variableUpdates().disableBinaryFetching()
        .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list());
    details.sort(Comparator.comparing(HistoricDetail::getTime));
    for (HistoricDetail detail : details) {
      if (detail instanceof HistoricVariableUpdate update && detail.getActivityInstanceId() != null
          && FormValues.shown(update.getVariableName())) {
        Map<String, Object> values = byActivityInstance.computeIfAbsent(detail.getActivityInstanceId(),
            id -> new LinkedHashMap<>());
        if (update.getValue() == null) {
          values.remove(update.getVariableName());
        } else {
          values.put(update.getVariableName(), FormValues.shownValue(update.getValue(), update.getTypeName()));
        }
      }
    }
    return byActivityInstance;
  }

  private record Process(String key, Integer version) {

    TimelineEntry entry(Date at, String kind, String actor, String activity, String name,
        Map<String, Object> details) {
      Instant instant = at == null ? null : at.toInstant();
      return new TimelineEntry(instant, 0, TimelineEntry.ENGINE, kind, actor, key, version, activity, name, details);
    }
  }
}
