package com.griddesk.repair;

import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/repairs/{caseNo}/accept | arrive | restore: the repair crew's steps, as its mobile app reports them.
 * Answers the case as it stands after the step.
 */
@RestController
public class RepairController {

  private final RepairSteps steps;
  private final CaseViews views;

  public RepairController(RepairSteps steps, CaseViews views) {
    this.steps = steps;
    this.views = views;
  }

  @PostMapping("/api/repairs/{caseNo}/{step}")
  @Transactional
  public ResponseEntity<CaseView> report(@PathVariable String caseNo, @PathVariable("step") String stepName,
      @RequestBody(required = false) RepairReport report, Authentication user) {
    var step = RepairStep.ofPath(stepName);
    if (step.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(views.of(
        steps.report(caseNo, step.get(), report == null ? RepairReport.EMPTY : report, user)));
  }
}
