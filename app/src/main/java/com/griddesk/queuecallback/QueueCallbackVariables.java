package com.griddesk.queuecallback;

/**
 * Names of the variables of processes/queue-callback.bpmn. The process holds the callback's number and times only;
 * the phone and account number stay in gd_queue_callback.
 */
public final class QueueCallbackVariables {

  public static final String CALLBACK_NO = "callbackNo";
  public static final String REQUESTED_AT = "requestedAt";
  /** 1 for the first call, 2 for the retry after an unanswered one. */
  public static final String ATTEMPT = "attempt";
  public static final String DUE = "callbackDue";
  public static final String WARN = "callbackWarn";
  public static final String RETRY_AT = "retryAt";
  public static final String CALL_RESULT = "callResult";
  public static final String CALL_NOTE = "callNote";
  /** The number of the case opened from a new matter (or urged with it). */
  public static final String NEW_CASE_NO = "newCaseNo";

  private QueueCallbackVariables() {}
}
