package com.griddesk.consultation;

import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/cases/{caseNo}/self-served: the customer's consultation was answered by a knowledge article. */
@RestController
@RequestMapping("/api/cases/{caseNo}")
public class SelfServiceController {

  private final SelfService selfService;
  private final CaseViews views;

  public SelfServiceController(SelfService selfService, CaseViews views) {
    this.selfService = selfService;
    this.views = views;
  }

  /** {@code articleId}: the article's id; a JSON number (its digits as a string are accepted too). */
  public record SelfServedRequest(Object articleId) {}

  @PostMapping("/self-served")
  @Transactional
  public CaseView selfServed(@PathVariable String caseNo, @RequestBody SelfServedRequest request,
      Authentication user) {
    return views.of(selfService.markAnswer(caseNo, request.articleId(), user));
  }
}
