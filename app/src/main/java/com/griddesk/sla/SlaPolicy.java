package com.griddesk.sla;

import com.griddesk.security.SystemAccess;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads time limits from the SLA policy decision table (processes/sla-policy.dmn), which process owners edit.
 * No limit is written in Java.
 */
@Component
public class SlaPolicy {

  static final String DECISION_KEY = "sla-policy";

  private final DecisionService decisions;
  private final SystemAccess systemAccess;

  public SlaPolicy(DecisionService decisions, SystemAccess systemAccess) {
    this.decisions = decisions;
    this.systemAccess = systemAccess;
  }

  public SlaTarget targetFor(ClockContext context) {
    DmnDecisionRuleResult rule = systemAccess.call(() -> decisions
        .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue("caseType", context.caseType())
            .putValue("clock", context.clock())
            .putValue("channel", context.channel())
            .putValue("areaType", context.areaType()))
        .getFirstResult());
    if (rule == null) {
      throw new IllegalStateException("the SLA policy table has no rule for " + context);
    }
    Number amount = rule.getEntry("amount");
    String unit = rule.getEntry("unit");
    if (amount == null || unit == null) {
      throw new IllegalStateException("the SLA policy rule for " + context + " lacks an amount or a unit");
    }
    return new SlaTarget(amount.intValue(), SlaUnit.valueOf(unit));
  }

  /** What the policy table decides on. */
  public record ClockContext(String caseType, String clock, String channel, String areaType) {}
}
