package com.griddesk.urging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much an urge raises a case's priority, up to what, and at which urge the case goes to the supervisors:
 * {@code griddesk.urging.*} in the application's configuration (see docs/operations.md).
 */
@Component
public class UrgingPolicy {

  private final int priorityStep;
  private final int priorityMax;
  private final int escalateAt;

  public UrgingPolicy(@Value("${griddesk.urging.priority-step}") int priorityStep,
      @Value("${griddesk.urging.priority-max}") int priorityMax,
      @Value("${griddesk.urging.escalate-at}") int escalateAt) {
    if (priorityStep < 0 || priorityStep > 100) {
      throw new IllegalArgumentException("griddesk.urging.priority-step must be 0-100, is " + priorityStep);
    }
    if (priorityMax < 0 || priorityMax > 100) {
      throw new IllegalArgumentException("griddesk.urging.priority-max must be 0-100, is " + priorityMax);
    }
    if (escalateAt < 1) {
      throw new IllegalArgumentException("griddesk.urging.escalate-at must be at least 1, is " + escalateAt);
    }
    this.priorityStep = priorityStep;
    this.priorityMax = priorityMax;
    this.escalateAt = escalateAt;
  }

  /** One step higher, at most the cap; a priority already above the cap (from the routing table) is kept. */
  public int raised(int priority) {
    return Math.max(priority, Math.min(priorityMax, priority + priorityStep));
  }

  /** Whether the case's urge number {@code urgeNo} calls for the supervisors. */
  public boolean escalates(int urgeNo) {
    return urgeNo >= escalateAt;
  }

  public int escalateAt() {
    return escalateAt;
  }
}
