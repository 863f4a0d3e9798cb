package com.griddesk.queuecallback;

/** Where a queue callback stands. */
public enum QueueCallbackStatus {
  /** An agent is due to call the customer (待回拨). */
  WAITING,
  /** The last call was not answered; the next attempt comes after the gap (待再次回拨). */
  RETRY_PENDING,
  /** Done; {@link QueueCallbackOutcome} says how. */
  CLOSED
}
