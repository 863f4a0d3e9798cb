package com.griddesk.sla;

/** A time limit as the policy table states it, e.g. 24 HOURS or 4 WORKING_DAYS. */
public record SlaTarget(int amount, SlaUnit unit) {

  public SlaTarget {
    if (amount <= 0) {
      throw new IllegalArgumentException("an SLA amount must be positive, got " + amount);
    }
  }
}
