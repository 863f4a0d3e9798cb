package com.griddesk.sla;

/**
 * The states of an SLA clock. AT_RISK is shown for a running clock past its warning point; it is never stored.
 * PAUSED: GridDesk waits for the customer, and the clock's timers wait with it.
 */
public enum ClockState {
  RUNNING, AT_RISK, PAUSED, MET, BREACHED
}
