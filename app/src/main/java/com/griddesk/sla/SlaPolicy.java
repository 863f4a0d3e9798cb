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

  public SlaRule ruleFor(ClockContext context) {
    DmnDecisionRuleResult rule = systemAccess.call(() -> decisions
        .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue("caseType", context.caseType())
            .putValue("subType", context.subType())
            .putValue("clock", context.clock())
            .putValue("channel", context.channel())
            .putValue("areaType", context.areaType())
            .putValue("priority", context.priority()))
        .getFirstResult());
    if (rule == null) {
      throw new IllegalStateException("the SLA policy table has no rule for " + context);
    }
    Number amount = rule.getEntry("amount");
    String unit = rule.getEntry("unit");
    Number warnPercent = rule.getEntry("warnPercent");
    if (amount == null || unit == null || warnPercent == null) {
      throw new IllegalStateException("the SLA policy rule for " + context + " lacks an amount, a unit or a warnPercent");
    }
    return new SlaRule(new SlaTarget(amount.intValue(), SlaUnit.valueOf(unit)), warnPercent.intValue());
  }

  /** A policy row: the time limit, and after which share of it the clock is at risk. */
  public record SlaRule(SlaTarget target, int warnPercent) {

    public SlaRule {
      if (warnPercent < 1 || warnPercent > 99) {
        throw new IllegalStateException("warnPercent must be between 1 and 99, got " + warnPercent);
      }
    }
  }

  /**
   * What the policy table decides on. {@code subType} (e.g. a new connection's kind) and {@code priority} may be
   * null where a case has none.
   */
  public record ClockContext(String caseType, String subType, String clock, String channel, String areaType,
      String priority) {}
}
