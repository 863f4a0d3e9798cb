package com.griddesk.queuecallback;

import java.time.Instant;

/** A validated request to be called back; {@code accountNo}, {@code serviceArea} and {@code note} may be null. */
public record LeftNumber(String phone, String accountNo, String serviceArea, String note, Instant requestedAt) {

  @Override
  public String toString() {
    return "LeftNumber[phone=***, accountNo=***, serviceArea=" + serviceArea + ", requestedAt=" + requestedAt + "]";
  }
}
