package com.griddesk.sla;

/** The states of an SLA clock. AT_RISK is shown for a running clock past its warning point; it is never stored. */
public enum ClockState {
  RUNNING, AT_RISK, MET, BREACHED
}
