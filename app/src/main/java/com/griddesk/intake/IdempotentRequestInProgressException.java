package com.griddesk.intake;

/**
 * Another request with the same Idempotency-Key is still being processed: its outcome is not known yet, so the
 * client should retry shortly and will then receive that request's answer.
 */
public class IdempotentRequestInProgressException extends RuntimeException {

  public IdempotentRequestInProgressException(String key) {
    super("使用 Idempotency-Key " + key + " 的请求正在处理中，请稍后重试");
  }
}
