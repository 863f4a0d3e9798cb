package com.griddesk.routing;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.sla.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records the routing table's decision on the case. A case the table cannot route is refused, which rolls
 * back its intake: no case is accepted that nobody would work.
 */
@Component("caseRouting")
public class CaseRouting {

  private final ProcessCases processCases;
  private final BusinessClock clock;

  public CaseRouting(ProcessCases processCases, BusinessClock clock) {
    this.processCases = processCases;
    this.clock = clock;
  }

  public void confirm(DelegateExecution execution) {
    String group = (String) execution.getVariable(ProcessVariables.HANDLING_GROUP);
    if (group == null || group.isBlank()) {
      throw new UnroutableCaseException((String) execution.getVariable(ProcessVariables.SERVICE_AREA));
    }
    processCases.of(execution).routeTo(group, clock.now());
  }
}
