package com.griddesk.cases;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The answer to a change made on a case: the case as GET /api/cases/{caseNo} shows it to a caller who may read it,
 * else only a {@link CaseReceipt}. The channel systems may urge any case and report a customer's answer, since the
 * customer quotes the case number to them, but must not read cases they did not open through that.
 */
@Component
public class CaseAnswers {

  private final CaseAccess access;
  private final CaseViews views;

  public CaseAnswers(CaseAccess access, CaseViews views) {
    this.access = access;
    this.views = views;
  }

  public Object to(Authentication user, ServiceCase serviceCase) {
    return access.canRead(user, serviceCase) ? views.of(serviceCase) : CaseReceipt.of(serviceCase);
  }
}
