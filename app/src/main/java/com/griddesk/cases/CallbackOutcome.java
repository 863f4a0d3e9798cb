package com.griddesk.cases;

/** What the customer said when called back (回访). */
public enum CallbackOutcome {
  SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNREACHABLE
}
