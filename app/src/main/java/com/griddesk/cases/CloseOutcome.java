package com.griddesk.cases;

/** How a closed case ended: the callback's verdict, or the supervisor's decision after repeated dissatisfaction. */
public enum CloseOutcome {
  SATISFIED, BASICALLY_SATISFIED, UNREACHABLE, CLOSED_BY_SUPERVISOR,
  /** A consultation answered by a knowledge article the customer or the agent marked. */
  SELF_SERVED,
  /** A consultation a person answered. */
  ANSWERED
}
