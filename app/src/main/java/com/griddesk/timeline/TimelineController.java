package com.griddesk.timeline;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/cases/{caseNo}/timeline: everything that happened to a case, for whoever may read the case. */
@RestController
public class TimelineController {

  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseTimeline timeline;

  public TimelineController(CaseRepository cases, CaseAccess access, CaseTimeline timeline) {
    this.cases = cases;
    this.access = access;
    this.timeline = timeline;
  }

  @GetMapping("/api/cases/{caseNo}/timeline")
  @Transactional(readOnly = true)
  public CaseTimeline.Timeline get(@PathVariable String caseNo, Authentication user) {
    return cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found))
        .map(timeline::of)
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
  }
}
