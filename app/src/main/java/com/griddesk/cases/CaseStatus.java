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
  AWAITING_KNOWLEDGE_ANSWER
}
