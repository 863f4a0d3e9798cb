package com.griddesk.queuecallback;

/** How a queue callback ended. */
public enum QueueCallbackOutcome {
  /** The customer's question was answered on the call. */
  RESOLVED,
  /** The customer raised a matter; a case was opened (or an open case of the customer was urged). */
  NEW_MATTER,
  /** The number left does not reach the customer. */
  WRONG_NUMBER,
  /** No answer at the last attempt. */
  UNREACHABLE
}
