package com.griddesk.cases;

/** Names of the process variables GridDesk reads and writes; BPMN expressions use the same names. */
public final class ProcessVariables {

  public static final String CASE_NO = "caseNo";
  public static final String CASE_TYPE = "caseType";
  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String SERVICE_AREA = "serviceArea";
  public static final String AREA_TYPE = "areaType";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String HANDLING_GROUP = "handlingGroup";
  /** The tasks' priority (0-100); user tasks take it as {@code camunda:priority="${priority}"}. */
  public static final String PRIORITY = "priority";
  public static final String REOPEN_COUNT = "reopenCount";
  /** A repair call's outage incident (停电事件), when the caller named the outage or the transformer. */
  public static final String INCIDENT_NO = "incidentNo";
  /** A repair call joined an outage incident whose crew another call dispatched: it only waits for restoration. */
  public static final String JOINED_OUTAGE = "joinedOutage";

  private ProcessVariables() {}
}
