package com.griddesk.cases;

/** How a closed case ended: the callback's verdict, the supervisor's decision, or how the work order was done. */
public enum CloseOutcome {
  SATISFIED, BASICALLY_SATISFIED, UNREACHABLE, CLOSED_BY_SUPERVISOR,
  /** A new connection (业扩报装): the meter is installed and the customer connected. */
  CONNECTED,
  /** A work order without callback (service request, report, opinion, suggestion): the customer was answered. */
  ANSWERED,
  /** A praise was passed on to the member of staff or unit praised. */
  PRAISE_PASSED_ON,
  /** A consultation answered by a knowledge article the customer or the agent marked. */
  SELF_SERVED,
  /** A repair: power is restored. The customer's callback follows and is recorded as the case's callback outcome. */
  RESTORED
}
