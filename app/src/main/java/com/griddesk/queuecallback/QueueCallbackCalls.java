package com.griddesk.queuecallback;

import com.griddesk.intake.CaseIntake;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records a call when the agent completes 回拨客户 (from Tasklist, or through the result API): checks the result and
 * note, opens the case of a new matter and links it, and takes the new case's fields out of the process. Any
 * problem refuses the completion, and nothing is stored. Called from BPMN as
 * {@code ${queueCallbackCalls.record(task)}}.
 */
@Component("queueCallbackCalls")
public class QueueCallbackCalls {

  private final ProcessCallbacks processCallbacks;
  private final NewMatters newMatters;
  private final BusinessClock clock;

  public QueueCallbackCalls(ProcessCallbacks processCallbacks, NewMatters newMatters, BusinessClock clock) {
    this.processCallbacks = processCallbacks;
    this.newMatters = newMatters;
    this.clock = clock;
  }

  public void record(DelegateTask task) {
    CallResult result = CallResult.of(task.getVariable(QueueCallbackVariables.CALL_RESULT))
        .orElseThrow(() -> new BadUserRequestException("请选择回拨结果（" + QueueCallbackVariables.CALL_RESULT + "）："
            + Arrays.stream(CallResult.values()).map(r -> r.name() + " " + r.label())
                .collect(Collectors.joining("、"))));
    List<FieldProblem> problems = new ArrayList<>();
    Object noteValue = task.getVariable(QueueCallbackVariables.CALL_NOTE);
    String note = QueueCallbackRequestValidator.note(QueueCallbackVariables.CALL_NOTE,
        noteValue == null ? null : noteValue.toString(), problems);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("回拨情况（" + QueueCallbackVariables.CALL_NOTE + "）"
          + problems.get(0).message());
    }
    QueueCallback callback = processCallbacks.of(task);
    if (callback.getStatus() != QueueCallbackStatus.WAITING) {
      throw new IllegalStateException("callback " + callback.getCallbackNo() + " has no call due");
    }
    String agent = agent(task);
    DelegateExecution execution = task.getExecution();
    if (result == CallResult.NEW_MATTER) {
      CaseIntake.IntakeResult opened = open(callback, NewMatterFields.of(task), agent);
      callback.caseOpened(opened.serviceCase().getCaseNo(), opened.urged());
      execution.setVariable(QueueCallbackVariables.NEW_CASE_NO, opened.serviceCase().getCaseNo());
    }
    callback.called(new CallAttempt(callback.getAttempts(), result, note, agent, clock.now()));
    NewMatterFields.VARIABLES.stream().filter(execution::hasVariable).forEach(execution::removeVariable);
  }

  private CaseIntake.IntakeResult open(QueueCallback callback, NewMatterFields fields, String agent) {
    try {
      return newMatters.open(callback, fields, agent);
    } catch (InvalidRequestException invalid) {
      throw new NewMatterRefusedException(invalid.problems());
    }
  }

  /** Who completes the task: the engine's current user (Tasklist, the API), else the assignee. */
  private static String agent(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() == null ? "system" : task.getAssignee();
  }
}
