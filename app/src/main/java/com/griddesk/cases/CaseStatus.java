package com.griddesk.cases;

/** Where a case stands; the process moves it along (see processes/complaint.bpmn). */
public enum CaseStatus {
  RECEIVED,
  AWAITING_CONTACT,
  IN_PROGRESS,
  IN_REVIEW,
  AWAITING_CALLBACK,
  SUPERVISOR_DECISION,
  CLOSED,
  /** A consultation waits for the customer or the agent to mark a knowledge article as the answer. */
  AWAITING_KNOWLEDGE_ANSWER,
  /** A repair (故障报修) waits for its crew to accept it. */
  DISPATCHED,
  /** The repair crew has accepted the repair and is on the way. */
  CREW_ACCEPTED,
  /** The repair crew is on site and restoring power. */
  ON_SITE,
  /** A repair call linked to an outage incident whose crew is already at work: it waits for the restoration. */
  AWAITING_RESTORATION
}
