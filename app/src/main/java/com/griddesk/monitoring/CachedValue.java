package com.griddesk.monitoring;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per period, so that frequent scrapes and health checks do not
 * each query it. Measured on the JVM's monotonic clock, not the engine's (tests move that one).
 */
final class CachedValue<T> {

  private final Supplier<T> source;
  private final long periodNanos;
  private T value;
  private long readAt;

  CachedValue(Supplier<T> source, Duration period) {
    this.source = source;
    this.periodNanos = period.toNanos();
  }

  synchronized T get() {
    long now = System.nanoTime();
    if (value == null || now - readAt >= periodNanos) {
      value = source.get();
      readAt = now;
    }
    return value;
  }
}
