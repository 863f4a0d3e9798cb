package com.griddesk.sla;

import com.griddesk.cases.ServiceCase;
import com.griddesk.decisions.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads time limits from the SLA policy decision table (processes/sla-policy.dmn), which process owners edit.
 * No limit is written in Java.
 */
@Component
public class SlaPolicy {

  static final String DECISION_KEY = "sla-policy";

  private final DecisionTables decisionTables;

  public SlaPolicy(DecisionTables decisionTables) {
    this.decisionTables = decisionTables;
  }

  public SlaRule ruleFor(ClockContext context) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("caseType", context.caseType());
    inputs.put("subType", context.subType());
    inputs.put("clock", context.clock());
    inputs.put("channel", context.channel());
    inputs.put("areaType", context.areaType());
    inputs.put("priority", context.priority());
    Map<String, Object> rule = decisionTables.firstResult(DECISION_KEY, inputs)
        .orElseThrow(() -> new IllegalStateException("the SLA policy table has no rule for " + context));
    Number amount = (Number) rule.get("amount");
    String unit = (String) rule.get("unit");
    Number warnPercent = (Number) rule.get("warnPercent");
    Number escalationLevels = (Number) rule.get("escalationLevels");
    Number escalationStepMinutes = (Number) rule.get("escalationStepMinutes");
    if (amount == null || unit == null || warnPercent == null || escalationLevels == null
        || escalationStepMinutes == null) {
      throw new IllegalStateException("the SLA policy rule for " + context
          + " lacks one of amount, unit, warnPercent, escalationLevels, escalationStepMinutes");
    }
    return new SlaRule(new SlaTarget(amount.intValue(), SlaUnit.valueOf(unit)), warnPercent.intValue(),
        escalationLevels.intValue(), escalationStepMinutes.intValue());
  }

  /**
   * A policy row: the time limit; after which share of it the clock is at risk; and, after a breach, how many
   * levels of the hierarchy are escalated to, one every {@code escalationStepMinutes} while the work stays open.
   */
  public record SlaRule(SlaTarget target, int warnPercent, int escalationLevels, int escalationStepMinutes) {

    public SlaRule {
      if (warnPercent < 1 || warnPercent > 99) {
        throw new IllegalStateException("warnPercent must be between 1 and 99, got " + warnPercent);
      }
      if (escalationLevels < 1 || escalationStepMinutes < 1) {
        throw new IllegalStateException("escalationLevels and escalationStepMinutes must be positive");
      }
    }
  }

  /**
   * What the policy table decides on. {@code subType} (e.g. a new connection's kind) and {@code priority} may be
   * null where a case has none.
   */
  public record ClockContext(String caseType, String subType, String clock, String channel, String areaType,
      String priority) {

    /** A case's clock: its category is the sub-type (a new connection's kind, a service request's kind, ...). */
    public static ClockContext of(ServiceCase serviceCase, String clock) {
      return new ClockContext(serviceCase.getType().name(), serviceCase.getCategory(), clock,
          serviceCase.getChannel().name(), serviceCase.getAreaType().name(), null);
    }
  }
}
