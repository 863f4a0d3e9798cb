package com.griddesk.sla;

public enum ClockState {
  RUNNING, MET, BREACHED
}
