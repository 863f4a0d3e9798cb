package com.griddesk.bench.load;

import java.util.Arrays;

/** Latencies of one phase, in nanoseconds, safe to record from many client threads. */
public final class Latencies {

  private long[] values = new long[1024];
  private int size;

  public synchronized void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public synchronized int count() {
    return size;
  }

  /** The latency at this percentile (0-100) in milliseconds, nearest-rank; 0 when nothing was recorded. */
  public synchronized double percentileMillis(double percentile) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
  }
}
