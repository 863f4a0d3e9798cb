package com.griddesk.bench.load;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Complaint intake requests as a channel system sends them. Every request has its own account number, derived
 * from the run and the request's sequence number, so that none is taken for a repeat call (催办) of another, and
 * its Idempotency-Key in the subject, so that a drill finds the case each acknowledgement names. All requests of
 * one instance share one reception time, so that request {@code n} is the same request, byte for byte, every time
 * it is made with the same run and reception time: a drill can send it again and expect the replayed answer.
 */
public final class ComplaintRequests {

  private static final String[] AREAS = {"XC", "HP"};
  private static final String KEY_PREFIX = "bench-";
  /** Every request's customer name. */
  public static final String CUSTOMER_NAME = "压测用户";

  private final long run;
  private final String receivedAt;

  /** Requests received a minute ago. */
  public ComplaintRequests(long run) {
    this(run, Instant.now().minus(1, ChronoUnit.MINUTES));
  }

  /**
   * @param run a number that differs between runs against one database (e.g. the start time in seconds)
   * @param receivedAt when the customer called (every request's receivedAt, to the second)
   */
  public ComplaintRequests(long run, Instant receivedAt) {
    this.run = run % 100_000;
    this.receivedAt = OffsetDateTime.ofInstant(receivedAt.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.ofHours(8))
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The requests a key of {@link #key} came from (same run; the reception time does not matter here). */
  public static ComplaintRequests ofKey(String key) {
    return new ComplaintRequests(Long.parseLong(key.substring(KEY_PREFIX.length(), key.lastIndexOf('-'))));
  }

  /** The request number {@code n} of a key of {@link #key}. */
  public static long sequenceOf(String key) {
    return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
  }

  /** The reception time of every request, as sent (ISO-8601, Beijing time). */
  public String receivedAt() {
    return receivedAt;
  }

  /** The Idempotency-Key of request {@code n} of this run. */
  public String key(long n) {
    return KEY_PREFIX + run + "-" + n;
  }

  /** The account number (户号) of request {@code n}: 16 digits, unique within the run and across runs. */
  public String accountNo(long n) {
    return String.format("%05d%011d", run, n);
  }

  public String body(long n) {
    return """
        {"type":"COMPLAINT","channel":"WEB",\
        "customer":{"accountNo":"%s","name":"%s","phone":"13800138000"},\
        "serviceArea":"%s","areaType":"URBAN","category":"OUTAGE",\
        "subject":"%s","description":"压测投诉：小区停电未提前通知。","receivedAt":"%s"}"""
        .formatted(accountNo(n), CUSTOMER_NAME, AREAS[(int) (n % AREAS.length)], key(n), receivedAt);
  }
}
