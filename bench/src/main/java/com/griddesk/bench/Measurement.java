package com.griddesk.bench;

import com.griddesk.bench.load.Latencies;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measured phase: how many operations succeeded and failed with how many client threads, in how long, and the
 * latencies of the successful ones; where the work ran in this process, also the CPU time it took per successful
 * operation ({@code cpu_ms_per_op}, else left out). Printed as one line of key=value pairs that bench/run reads;
 * {@code failures} comes last because its value holds spaces.
 */
public record Measurement(String operation, int threads, long ok, long failed, double seconds, Latencies latencies,
    Map<String, Long> failures, Double cpuMillisPerOp) {

  public Measurement(String operation, int threads, long ok, long failed, double seconds, Latencies latencies,
      Map<String, Long> failures) {
    this(operation, threads, ok, failed, seconds, latencies, failures, null);
  }

  public double perSecond() {
    return seconds == 0 ? 0 : ok / seconds;
  }

  public String line() {
    return String.format(Locale.ROOT,
        "operation=%s threads=%d ok=%d failed=%d seconds=%.1f per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%s"
            + " failures=%s",
        operation, threads, ok, failed, seconds, perSecond(), latencies.percentileMillis(50),
        latencies.percentileMillis(95), latencies.percentileMillis(99),
        cpuMillisPerOp == null ? "" : String.format(Locale.ROOT, " cpu_ms_per_op=%.1f", cpuMillisPerOp),
        new TreeMap<>(failures));
  }
}
