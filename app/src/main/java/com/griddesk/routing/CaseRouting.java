package com.griddesk.routing;

import com.griddesk.cases.ServiceCase;
import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the routing table ({@code processes/case-routing.dmn}) which process works a new case, which group works
 * its tasks and with what priority, and records the answer on the case. A case the table cannot route is refused,
 * which rolls back its intake: no case is accepted that nobody would work.
 */
@Component
public class CaseRouting {

  static final String DECISION = "case-routing";
  /** Camunda's default task priority, for a row that leaves the priority empty. */
  static final int DEFAULT_PRIORITY = 50;

  private final DecisionService decisionService;
  private final SystemAccess systemAccess;
  private final BusinessClock clock;

  public CaseRouting(DecisionService decisionService, SystemAccess systemAccess, BusinessClock clock) {
    this.decisionService = decisionService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  public RoutingDecision route(ServiceCase serviceCase) {
    // The table is GridDesk's own policy: the user who opened the case needs no engine permission on it.
    DmnDecisionRuleResult result = systemAccess.call(() -> decisionService.evaluateDecisionTableByKey(DECISION,
        Variables.fromMap(Map.of(
            "caseType", serviceCase.getType().name(),
            "category", serviceCase.getCategory(),
            "channel", serviceCase.getChannel().name(),
            "serviceArea", serviceCase.getServiceArea(),
            "areaType", serviceCase.getAreaType().name()))).getFirstResult());
    if (result == null || result.get("processKey") == null || result.get("handlingGroup") == null) {
      throw new UnroutableCaseException(serviceCase.getServiceArea());
    }
    Number priority = result.getEntry("priority");
    RoutingDecision decision = new RoutingDecision(result.getEntry("processKey"), result.getEntry("handlingGroup"),
        priority == null ? DEFAULT_PRIORITY : priority.intValue());
    serviceCase.routeTo(decision.handlingGroup(), clock.now());
    serviceCase.prioritise(decision.priority(), clock.now());
    return decision;
  }

  /** @param priority the tasks' priority, 0-100, higher first (Camunda's default is 50) */
  public record RoutingDecision(String processKey, String handlingGroup, int priority) {}
}
