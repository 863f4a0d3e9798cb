package com.griddesk.feedback;

import com.griddesk.sla.BusinessClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The improvement process's steps on the action record: what the unit did, the supervisors' verification, the
 * overdue supervision, the customers' notices and the close. Called from processes/improvement.bpmn as
 * {@code ${improvementSteps...}}; form checks refuse incomplete input, also through the REST API.
 */
@Component("improvementSteps")
public class ImprovementSteps {

  static final int MAX_ACTION_TAKEN = 1000;
  static final int MAX_TEXT = 2000;
  static final String VERIFIED = "VERIFIED";
  static final String RETURNED = "RETURNED";

  private final HotSpots hotSpots;
  private final ImprovementNotices notices;
  private final BusinessClock clock;

  public ImprovementSteps(HotSpots hotSpots, ImprovementNotices notices, BusinessClock clock) {
    this.hotSpots = hotSpots;
    this.notices = notices;
    this.clock = clock;
  }

  /** 制定并落实改进措施 is completed: the action taken and its evidence are recorded; the supervisors verify next. */
  public void implemented(DelegateTask task) {
    String actionTaken = text(task, ImprovementVariables.ACTION_TAKEN, "改进措施", MAX_ACTION_TAKEN);
    String evidence = text(task, ImprovementVariables.EVIDENCE, "佐证材料", MAX_TEXT);
    action(task).implemented(actionTaken, evidence, user(task), clock.now());
    // The last verdict is on the record; the next verification starts from an empty form.
    task.removeVariable(ImprovementVariables.VERIFICATION);
    task.removeVariable(ImprovementVariables.VERIFICATION_COMMENT);
  }

  /** 验证改进效果 is completed: VERIFIED goes on to the customers' notices, RETURNED back to the unit. */
  public void verified(DelegateTask task) {
    Object verdict = task.getVariable(ImprovementVariables.VERIFICATION);
    if (!VERIFIED.equals(verdict) && !RETURNED.equals(verdict)) {
      throw new BadUserRequestException("请选择验证结论（verification）：VERIFIED（验证通过）或 RETURNED（退回重新整改）");
    }
    String comment = RETURNED.equals(verdict)
        ? text(task, ImprovementVariables.VERIFICATION_COMMENT, "退回原因", MAX_TEXT)
        : optionalText(task, ImprovementVariables.VERIFICATION_COMMENT, "验证意见", MAX_TEXT);
    ImprovementAction action = action(task);
    if (VERIFIED.equals(verdict)) {
      action.verified(user(task), comment, clock.now());
    } else {
      action.returned(user(task), comment, clock.now());
    }
  }

  /** The due date passed with the action still open. */
  public void overdue(DelegateExecution execution) {
    action(execution).overdue(clock.now());
  }

  /** 改进超时督办 is completed, with the supervisors' comment. */
  public void overdueSupervised(DelegateTask task) {
    String comment = text(task, ImprovementVariables.OVERDUE_COMMENT, "督办意见", MAX_TEXT);
    action(task).overdueSupervised(user(task), comment, clock.now());
  }

  /** Records the notice on every case whose feedback the action took up. */
  public void notifyCustomers(DelegateExecution execution) {
    notices.tell(action(execution));
  }

  /** The action is closed; feedback of its category and area counts towards a new hot spot from now on. */
  public void close(DelegateExecution execution) {
    ImprovementAction action = action(execution);
    hotSpots.closed(action);
    action.close(clock.now());
  }

  private ImprovementAction action(VariableScope scope) {
    return hotSpots.lockedAction((String) scope.getVariable(ImprovementVariables.ACTION_NO),
        (String) scope.getVariable(ImprovementVariables.CATEGORY),
        (String) scope.getVariable(ImprovementVariables.SERVICE_AREA));
  }

  private static String text(VariableScope scope, String variable, String label, int maxLength) {
    String text = optionalText(scope, variable, label, maxLength);
    if (text == null) {
      throw new BadUserRequestException("请填写" + label + "（" + variable + "）");
    }
    return text;
  }

  private static String optionalText(VariableScope scope, String variable, String label, int maxLength) {
    Object value = scope.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      throw new BadUserRequestException(label + "（" + variable + "）不能超过 " + maxLength + " 个字符");
    }
    return text;
  }

  private static String user(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
