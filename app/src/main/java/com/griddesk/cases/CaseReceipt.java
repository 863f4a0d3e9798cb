package com.griddesk.cases;

/**
 * What a caller who may act on a case but not read it (a channel system passing on a customer's urge or answer)
 * learns of it: that the message reached the case, and where the case stands. Not its subject, tasks or customer.
 */
public record CaseReceipt(String caseNo, CaseStatus status, int urgeCount) {

  public static CaseReceipt of(ServiceCase serviceCase) {
    return new CaseReceipt(serviceCase.getCaseNo(), serviceCase.getStatus(), serviceCase.getUrgeCount());
  }
}
