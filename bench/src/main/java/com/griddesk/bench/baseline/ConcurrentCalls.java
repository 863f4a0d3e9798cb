package com.griddesk.bench.baseline;

import com.griddesk.bench.Measurement;
import com.griddesk.bench.load.Latencies;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls {@code count} numbered operations from {@code threads} threads at once, timing each call and the CPU time
 * this process spent meanwhile (the engine's work: the calling threads themselves do next to nothing).
 */
final class ConcurrentCalls {

  /** One operation, given its number (0 to count - 1). */
  interface Call {
    void run(int n) throws Exception;
  }

  private ConcurrentCalls() {
  }

  static Measurement run(String operation, int threads, int count, Call call) throws InterruptedException {
    Latencies latencies = new Latencies();
    Map<String, Long> failures = new ConcurrentHashMap<>();
    AtomicLong next = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        long n;
        while ((n = next.getAndIncrement()) < count) {
          long begin = System.nanoTime();
          try {
            call.run((int) n);
            latencies.record(System.nanoTime() - begin);
            ok.incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
            failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(365, TimeUnit.DAYS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMillisPerOp = ok.get() == 0 ? 0 : (processCpuNanos() - cpuStart) / 1e6 / ok.get();
    return new Measurement(operation, threads, ok.get(), failed.get(), seconds, latencies, Map.copyOf(failures),
        cpuMillisPerOp);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
