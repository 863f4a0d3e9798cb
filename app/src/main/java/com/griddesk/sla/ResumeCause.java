package com.griddesk.sla;

/** How a pause ended. Only a rejection takes the paused time back; every other end gives it to the clocks. */
public enum ResumeCause {
  /** The handler resumed the clocks. */
  HANDLER,
  /** The customer called back or answered through a channel. */
  CUSTOMER_ANSWERED,
  /** A supervisor found the pause unjustified: the clocks keep their deadlines as if it never happened. */
  SUPERVISOR_REJECTED,
  /** The work the paused clocks measured was done during the pause (e.g. the task was completed). */
  CLOCK_STOPPED
}
