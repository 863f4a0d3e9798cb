package com.griddesk.feedback;

/** Where an improvement action stands. */
public enum ImprovementStatus {
  /** The responsible unit is working out and carrying out the action (also after the supervisors returned it). */
  IN_PROGRESS,
  /** Done by the unit; the supervisors verify it. */
  AWAITING_VERIFICATION,
  /** Verified; the customers have been told. */
  CLOSED
}
