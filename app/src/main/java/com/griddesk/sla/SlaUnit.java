package com.griddesk.sla;

/** Units a time limit can be given in by the SLA policy table. */
public enum SlaUnit {
  /** Calendar time, around the clock: 30 MINUTES from 23:50 ends at 00:20 the next day. */
  MINUTES,
  /** Calendar time, around the clock, through nights, weekends and holidays. */
  HOURS,
  /** Calendar days of 24 hours, holidays included: 7 DAYS from Monday 10:00 ends next Monday 10:00. */
  DAYS,
  /** Ends at 24:00 of the Nth working day after the day the clock started (that day never counts). */
  WORKING_DAYS,
  /**
   * Counted only inside the working periods ({@code griddesk.sla.working-hours}) of working days; ends where
   * the Nth working hour ends. A start outside working time counts from the next working period.
   */
  WORKING_HOURS
}
