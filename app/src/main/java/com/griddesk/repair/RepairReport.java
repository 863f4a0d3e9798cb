package com.griddesk.repair;

/**
 * What the crew reports with a step: {@code note} (accept, arrive; optional), {@code faultCause} and
 * {@code repairNote} (restore; both required).
 */
public record RepairReport(String note, String faultCause, String repairNote) {

  static final RepairReport EMPTY = new RepairReport(null, null, null);
}
