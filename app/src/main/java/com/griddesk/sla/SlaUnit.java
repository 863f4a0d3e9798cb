package com.griddesk.sla;

/** Units a time limit can be given in by the SLA policy table. */
public enum SlaUnit {
  /** Calendar time, around the clock. */
  MINUTES,
  /** Calendar time, around the clock. */
  HOURS,
  /** Calendar days of 24 hours. */
  DAYS,
  /** Ends at 24:00 of the Nth working day after the day the clock started. */
  WORKING_DAYS
}
