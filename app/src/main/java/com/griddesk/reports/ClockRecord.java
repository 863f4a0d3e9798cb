package com.griddesk.reports;

import java.time.Instant;

/**
 * One SLA clock as the compliance report reads it, with the case facts it is grouped by. {@code state} is kept
 * as the stored text, so that states added later (e.g. paused clocks) are reported as open, not refused.
 */
public record ClockRecord(long caseId, String unit, String caseType, String clock, String state,
    Instant startedAt, Instant stoppedAt) {

  /** Where a clock stands for the report: finished one way or the other, or still open. */
  public enum Outcome { MET, BREACHED, OPEN }

  public Outcome outcome() {
    return switch (state) {
      case "MET" -> Outcome.MET;
      case "BREACHED" -> Outcome.BREACHED;
      default -> Outcome.OPEN;
    };
  }

  /**
   * Seconds from start to stop of a finished clock; null while it has not stopped. A clock breached by its
   * timer stays BREACHED but has no stop time until the work is done.
   */
  public Long secondsUsed() {
    if (outcome() == Outcome.OPEN || stoppedAt == null) {
      return null;
    }
    return stoppedAt.getEpochSecond() - startedAt.getEpochSecond();
  }
}
