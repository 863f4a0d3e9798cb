package com.griddesk.cases;

/** How a closed case ended: the callback's verdict, or the supervisor's decision after repeated dissatisfaction. */
public enum CloseOutcome {
  SATISFIED, BASICALLY_SATISFIED, UNREACHABLE, CLOSED_BY_SUPERVISOR,
  /** A new connection (业扩报装): the meter is installed and the customer connected. */
  CONNECTED
}
