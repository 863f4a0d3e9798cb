package com.griddesk.routing;

import com.griddesk.cases.ServiceCase;
import com.griddesk.decisions.DecisionTables;
import com.griddesk.sla.BusinessClock;
import java.util.Map;
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

  private final DecisionTables decisionTables;
  private final BusinessClock clock;

  public CaseRouting(DecisionTables decisionTables, BusinessClock clock) {
    this.decisionTables = decisionTables;
    this.clock = clock;
  }

  public RoutingDecision route(ServiceCase serviceCase) {
    Map<String, Object> result = decisionTables.firstResult(DECISION, Map.of(
            "caseType", serviceCase.getType().name(),
            "category", serviceCase.getCategory(),
            "channel", serviceCase.getChannel().name(),
            "serviceArea", serviceCase.getServiceArea(),
            "areaType", serviceCase.getAreaType().name()))
        .filter(row -> row.get("processKey") != null && row.get("handlingGroup") != null)
        .orElseThrow(() -> new UnroutableCaseException(serviceCase.getServiceArea()));
    Number priority = (Number) result.get("priority");
    RoutingDecision decision = new RoutingDecision((String) result.get("processKey"),
        (String) result.get("handlingGroup"), priority == null ? DEFAULT_PRIORITY : priority.intValue());
    serviceCase.routeTo(decision.handlingGroup(), clock.now());
    serviceCase.prioritise(decision.priority(), clock.now());
    return decision;
  }

  /** @param priority the tasks' priority, 0-100, higher first (Camunda's default is 50) */
  public record RoutingDecision(String processKey, String handlingGroup, int priority) {}
}
