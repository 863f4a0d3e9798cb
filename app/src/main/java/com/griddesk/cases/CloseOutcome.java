package com.griddesk.cases;

/** How a closed case ended: the callback's verdict, or the supervisor's decision after repeated dissatisfaction. */
public enum CloseOutcome {
  SATISFIED, BASICALLY_SATISFIED, UNREACHABLE, CLOSED_BY_SUPERVISOR,
  /** A work order without callback (service request, report, opinion, suggestion): the customer was answered. */
  ANSWERED,
  /** A praise was passed on to the member of staff or unit praised. */
  PRAISE_PASSED_ON
}
