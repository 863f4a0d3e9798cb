package com.griddesk.monitoring;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per period, so that frequent scrapes, health checks and dashboard
 * refreshes do not each query it. Measured on the JVM's monotonic clock, not the engine's (tests move that one).
 */
public final class CachedValue<T> {

  private final Supplier<T> source;
  private final long periodNanos;
  private T value;
  private long readAt;

  public CachedValue(Supplier<T> source, Duration period) {
    this.source = source;
    this.periodNanos = period.toNanos();
  }

  public synchronized T get() {
    long now = System.nanoTime();
    if (value == null || now - readAt >= periodNanos) {
      value = source.get();
      readAt = now;
    }
    return value;
  }
}
