package com.griddesk.queuecallback;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import com.griddesk.web.StateConflictException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent records a call from their softphone as they would in Tasklist: the open 回拨客户 task is claimed and
 * completed under their name, with their engine authorizations, and {@link QueueCallbackCalls} does the rest.
 * Order of checks: a callback the user may see (404), one who calls customers back (403), the body valid (400,
 * every field named, the new case's under {@code newCase.}), a call due now (409). One transaction: on any error
 * nothing changes.
 */
@Service
public class QueueCallbackResults {

  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final QueueCallbackRepository callbacks;
  private final QueueCallbackAccess access;
  private final NewMatters newMatters;
  private final TaskService taskService;
  private final SystemAccess systemAccess;
  private final BusinessClock clock;
  private final AuditLog audit;

  public QueueCallbackResults(QueueCallbackRepository callbacks, QueueCallbackAccess access, NewMatters newMatters,
      TaskService taskService, SystemAccess systemAccess, BusinessClock clock, AuditLog audit) {
    this.audit = audit;
    this.callbacks = callbacks;
    this.access = access;
    this.newMatters = newMatters;
    this.taskService = taskService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  @Transactional
  public QueueCallback record(String callbackNo, CallResultRequest request, Authentication user) {
    QueueCallback callback = callbacks.findByCallbackNo(callbackNo).filter(found -> access.canRead(user))
        .orElseThrow(() -> new QueueCallbackNotFoundException(callbackNo));
    if (!access.calls(user)) {
      throw new AccessDeniedException("only the hotline records the calls of " + callbackNo);
    }
    Map<String, Object> variables = variables(callback, request == null ? new CallResultRequest(null, null, null)
        : request);
    Task task = systemAccess.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(callbackNo)
        .taskDefinitionKey("callCustomer").singleResult());
    if (task == null) {
      throw new StateConflictException("回拨 " + callbackNo + " 当前没有待拨打的电话（状态 " + callback.getStatus()
          + (callback.getRetryAt() == null ? ""
              : "，下次回拨时间 " + LOCAL_TIME.format(callback.getRetryAt().atZone(clock.zone()))) + "）");
    }
    // As in Tasklist: the agent claims the task and completes it, with their engine authorizations.
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user.getName());
    }
    taskService.complete(task.getId(), variables);
    // A new matter names its case, whose own entry (CASE_OPENED, or CASE_URGED on an open case) it links up with.
    audit.record(user.getName(), AuditAction.QUEUE_CALLBACK_RESULT, callbackNo,
        "callResult", variables.get(QueueCallbackVariables.CALL_RESULT), "status", callback.getStatus(),
        "matterCaseNo", callback.getCaseNo());
    return callback;
  }

  private Map<String, Object> variables(QueueCallback callback, CallResultRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<CallResult> result = CallResult.of(request.callResult());
    if (request.callResult() == null || request.callResult().isBlank()) {
      problems.add(new FieldProblem("callResult", "必填"));
    } else if (result.isEmpty()) {
      problems.add(new FieldProblem("callResult", "取值应为以下之一："
          + Arrays.stream(CallResult.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
    String note = QueueCallbackRequestValidator.note("callNote", request.callNote(), problems);
    boolean newMatter = result.filter(CallResult.NEW_MATTER::equals).isPresent();
    if (newMatter && request.newCase() == null) {
      problems.add(new FieldProblem("newCase", "回拨结果为 NEW_MATTER 时必填"));
    } else if (request.newCase() != null && result.isPresent() && !newMatter) {
      problems.add(new FieldProblem("newCase", "仅在回拨结果为 NEW_MATTER 时填写"));
    } else if (newMatter) {
      try {
        newMatters.validate(callback, request.newCase().fields());
      } catch (InvalidRequestException invalid) {
        invalid.problems().forEach(p -> problems.add(new FieldProblem("newCase." + p.field(), p.message())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(QueueCallbackVariables.CALL_RESULT, result.get().name());
    variables.put(QueueCallbackVariables.CALL_NOTE, note);
    if (newMatter) {
      // Transient: the new case's fields reach the call's listener but are never stored by the engine.
      request.newCase().fields().variables().forEach((name, value) -> variables.put(name,
          value instanceof Boolean flag ? Variables.booleanValue(flag, true) : Variables.stringValue((String) value, true)));
    }
    return variables;
  }
}
