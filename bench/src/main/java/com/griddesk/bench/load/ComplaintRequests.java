package com.griddesk.bench.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Complaint intake requests as a channel system sends them. Every request has its own account number, derived
 * from the run and the request's sequence number, so that none is taken for a repeat call (催办) of another, and
 * its Idempotency-Key in the subject, so that a drill finds the case each acknowledgement names.
 */
public final class ComplaintRequests {

  private static final String[] AREAS = {"XC", "HP"};
  private final long run;

  /** @param run a number that differs between runs against one database (e.g. the start time in seconds) */
  public ComplaintRequests(long run) {
    this.run = run % 100_000;
  }

  /** The Idempotency-Key of request {@code n} of this run. */
  public String key(long n) {
    return "bench-" + run + "-" + n;
  }

  /** The account number (户号) of request {@code n}: 16 digits, unique within the run and across runs. */
  public String accountNo(long n) {
    return String.format("%05d%011d", run, n);
  }

  public String body(long n) {
    String receivedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return """
        {"type":"COMPLAINT","channel":"WEB",\
        "customer":{"accountNo":"%s","name":"压测用户","phone":"13800138000"},\
        "serviceArea":"%s","areaType":"URBAN","category":"OUTAGE",\
        "subject":"%s","description":"压测投诉：小区停电未提前通知。","receivedAt":"%s"}"""
        .formatted(accountNo(n), AREAS[(int) (n % AREAS.length)], key(n), receivedAt);
  }
}
