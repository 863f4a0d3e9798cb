package com.griddesk.intake;

/** The Idempotency-Key was used before with a different request body. */
public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException(String key) {
    super("Idempotency-Key " + key + " 已用于另一个不同内容的请求");
  }
}
