package com.griddesk.queuecallback;

/**
 * The body of POST /api/queue-callbacks, as the hotline's queue system or an agent sends it. Strings, so that every
 * bad value is named; {@link QueueCallbackRequestValidator} checks it.
 */
public record QueueCallbackRequest(String phone, String accountNo, String serviceArea, String note,
    String requestedAt) {

  @Override
  public String toString() {
    return "QueueCallbackRequest[phone=***, accountNo=***, serviceArea=" + serviceArea + ", requestedAt="
        + requestedAt + "]";
  }
}
