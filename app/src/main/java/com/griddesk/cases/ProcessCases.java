package com.griddesk.cases;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the case record behind a running process, by the caseNo variable every GridDesk process carries. */
@Component
public class ProcessCases {

  private final CaseRepository cases;

  public ProcessCases(CaseRepository cases) {
    this.cases = cases;
  }

  public ServiceCase of(VariableScope scope) {
    String caseNo = (String) scope.getVariable(ProcessVariables.CASE_NO);
    if (caseNo == null) {
      throw new IllegalStateException("process has no caseNo variable");
    }
    return cases.findByCaseNo(caseNo).orElseThrow(() -> new CaseNotFoundException(caseNo));
  }
}
