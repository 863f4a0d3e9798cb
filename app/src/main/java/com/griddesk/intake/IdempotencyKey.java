package com.griddesk.intake;

import com.griddesk.web.InvalidRequestException;
import java.util.regex.Pattern;

/** A client's Idempotency-Key together with the fingerprint of the request it was sent with. */
public record IdempotencyKey(String clientId, String key, String requestHash) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

  public static IdempotencyKey of(String clientId, String key, String requestHash) {
    if (!VALID.matcher(key).matches()) {
      throw InvalidRequestException.of("Idempotency-Key", "应为 1-128 个字母、数字或 . _ : - 字符");
    }
    return new IdempotencyKey(clientId, key, requestHash);
  }
}
