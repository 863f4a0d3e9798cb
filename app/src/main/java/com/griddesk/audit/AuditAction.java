package com.griddesk.audit;

/** What an audit entry records. Stored by name: never rename a constant, add new ones instead. */
public enum AuditAction {
  CASE_OPENED,
  CASE_URGED,
  CLOCKS_PAUSED,
  CLOCKS_RESUMED,
  PAUSE_REJECTED,
  SURVEY_ANSWERED,
  REPAIR_STEP,
  QUEUE_CALLBACK_LEFT,
  QUEUE_CALLBACK_RESULT,
  KNOWLEDGE_CHANGED,
  CALENDAR_LOADED,
  ORG_UNIT_CHANGED,
  STAFF_LOGIN,
  CASE_SELF_SERVED,
  CONTACT_READ,
  SURVEY_TOKEN_READ,
  CASES_EXPORTED,
  TIMELINES_EXPORTED
}
