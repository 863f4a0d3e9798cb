package com.griddesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.queuecallback.LeftNumber;
import com.griddesk.queuecallback.QueueCallback;
import com.griddesk.queuecallback.QueueCallbackRepository;
import com.griddesk.queuecallback.QueueCallbacks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Queue callbacks as a process test drives them: left without HTTP, their tasks, timers and variables. */
@Component
public class RunningCallbacks {

  private final QueueCallbacks callbacks;
  private final QueueCallbackRepository repository;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final HistoryService historyService;

  public RunningCallbacks(QueueCallbacks callbacks, QueueCallbackRepository repository, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService, HistoryService historyService) {
    this.callbacks = callbacks;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  /** A mobile number no other test uses. */
  public static String uniquePhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** Leaves a number as the hotline agent would, at the engine's current time unless {@code requestedAt} says. */
  public RunningCallback leave(String phone, String accountNo, String serviceArea, Instant requestedAt) {
    QueueCallback callback = callbacks.leave(new LeftNumber(phone, accountNo, serviceArea, "客户咨询电费", requestedAt),
        "agent", null).callback();
    return new RunningCallback(callback.getCallbackNo(), callback.getProcessInstanceId());
  }

  public class RunningCallback {

    private final String callbackNo;
    private final String processInstanceId;
    private final ProcessInstance process;

    RunningCallback(String callbackNo, String processInstanceId) {
      this.callbackNo = callbackNo;
      this.processInstanceId = processInstanceId;
      this.process = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    public String callbackNo() {
      return callbackNo;
    }

    /** The process as it was started, for camunda-bpm-assert (which looks up its current state). */
    public ProcessInstance process() {
      return process;
    }

    public String processInstanceId() {
      return processInstanceId;
    }

    public QueueCallback reload() {
      return repository.findByCallbackNo(callbackNo).orElseThrow();
    }

    public Task task(String activityId) {
      return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
          .singleResult();
    }

    public void complete(String activityId, Map<String, Object> variables) {
      Task task = task(activityId);
      assertThat(task).as("open task " + activityId).isNotNull();
      taskService.complete(task.getId(), variables);
    }

    public List<String> candidateGroups(String activityId) {
      return taskService.getIdentityLinksForTask(task(activityId).getId()).stream()
          .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    public Job timer(String activityId) {
      return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
          .singleResult();
    }

    public void fire(String activityId) {
      Job timer = timer(activityId);
      assertThat(timer).as("timer " + activityId).isNotNull();
      managementService.executeJob(timer.getId());
    }

    public Object variable(String name) {
      return runtimeService.getVariable(processInstanceId, name);
    }

    /** Every variable value the engine holds or held for the process, runtime and history, as "where name=value". */
    public List<String> everyStoredVariable() {
      List<String> stored = new ArrayList<>();
      if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        runtimeService.getVariables(processInstanceId).forEach((name, value) -> stored.add("variable " + name + "=" + value));
      }
      historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
          .forEach(v -> stored.add("ACT_HI_VARINST " + v.getName() + "=" + v.getValue()));
      for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).list()) {
        if (detail instanceof HistoricVariableUpdate update) {
          stored.add("ACT_HI_DETAIL variable " + update.getVariableName() + "=" + update.getValue());
        } else if (detail instanceof HistoricFormField field) {
          stored.add("ACT_HI_DETAIL form field " + field.getFieldId() + "=" + field.getFieldValue());
        }
      }
      return stored;
    }
  }
}
