package com.griddesk.opinion;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.sla.BusinessClock;
import com.griddesk.tasks.FormChecks;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The reply step of an opinion or suggestion (答复): the department answers, or forwards the case to another unit
 * (转办). Forwarding routes the case record and the process to the new unit, whose own reply task follows; the
 * clocks keep running. Called from processes/opinion.bpmn as {@code ${caseForwarding...}}.
 */
@Component("caseForwarding")
public class CaseForwarding {

  static final String DECISION = "replyDecision";
  static final String ANSWER = "ANSWER";
  static final String FORWARD = "FORWARD";
  static final String REPLY = "reply";
  static final String TARGET = "forwardTo";
  static final String REASON = "forwardReason";
  static final String FORWARDED_FROM = "forwardedFrom";
  static final String FORWARDED_REASON = "forwardedReason";
  static final String FORWARD_COUNT = "forwardCount";

  private final ProcessCases processCases;
  private final BusinessClock clock;
  private final FormChecks formChecks;

  public CaseForwarding(ProcessCases processCases, BusinessClock clock, FormChecks formChecks) {
    this.processCases = processCases;
    this.clock = clock;
    this.formChecks = formChecks;
  }

  /**
   * Task listener on completing the reply: an answer needs its text; a forward needs one of {@code allowedTargets}
   * (comma separated group ids, the list the form offers) other than the current unit, and a reason. Also guards
   * completions through the REST API.
   */
  public void check(DelegateTask task, String allowedTargets) {
    Object decision = task.getVariable(DECISION);
    if (ANSWER.equals(decision)) {
      formChecks.textRequired(task, REPLY, "答复内容");
      return;
    }
    if (!FORWARD.equals(decision)) {
      throw new BadUserRequestException("请选择答复或转办（" + DECISION + " 应为 ANSWER 或 FORWARD）");
    }
    List<String> allowed = List.of(allowedTargets.split(","));
    Object target = task.getVariable(TARGET);
    if (target == null || !allowed.contains(target.toString())) {
      throw new BadUserRequestException("请选择转办单位（" + TARGET + " 应为以下之一：" + allowedTargets + "）");
    }
    if (target.equals(task.getVariable(ProcessVariables.HANDLING_GROUP))) {
      throw new BadUserRequestException("不能转办给本单位");
    }
    formChecks.textRequired(task, REASON, "转办原因");
  }

  /** The case and the next reply task go to the chosen unit; the process remembers where it came from. */
  public void forward(DelegateExecution execution) {
    String from = (String) execution.getVariable(ProcessVariables.HANDLING_GROUP);
    String to = (String) execution.getVariable(TARGET);
    processCases.of(execution).routeTo(to, clock.now());
    Number count = (Number) execution.getVariable(FORWARD_COUNT);
    execution.setVariable(FORWARD_COUNT, count == null ? 1 : count.intValue() + 1);
    execution.setVariable(FORWARDED_FROM, from);
    execution.setVariable(FORWARDED_REASON, execution.getVariable(REASON));
    execution.setVariable(ProcessVariables.HANDLING_GROUP, to);
    // The next unit sees where the case came from and why, and decides afresh.
    execution.removeVariable(TARGET);
    execution.removeVariable(REASON);
  }
}
