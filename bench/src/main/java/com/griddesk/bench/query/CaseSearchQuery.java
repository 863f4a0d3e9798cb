package com.griddesk.bench.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.http.Api;
import com.griddesk.bench.load.Latencies;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/**
 * The case search a supervisor or auditor runs (GET /api/cases, the page /cases asks the same): the newest cases,
 * a unit's cases waiting for first contact, the closed complaints, and a page deep into them. After
 * {@code --warmup} rounds, {@code --samples} rounds, one request at a time, as {@code --user} with HTTP Basic.
 * Prints per search {@code cases search= total= samples= p50_ms= p95_ms= p99_ms=}.
 */
public final class CaseSearchQuery {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> SEARCHES = List.of(
      "/api/cases",
      "/api/cases?unit=handlers-xc&status=AWAITING_CONTACT",
      "/api/cases?type=COMPLAINT&status=CLOSED",
      "/api/cases?type=COMPLAINT&status=CLOSED&page=500");

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Api api = new Api(args.get("url", "GD_URL", "http://127.0.0.1:8211"), args.get("user", "supervisor"),
        args.get("password", "GD_PASSWORD", null));
    int warmup = args.getInt("warmup", 5);
    int samples = args.getInt("samples", 30);
    Latencies[] latencies = new Latencies[SEARCHES.size()];
    long[] totals = new long[SEARCHES.size()];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = new Latencies();
    }
    for (int round = 0; round < warmup + samples; round++) {
      for (int i = 0; i < SEARCHES.size(); i++) {
        long start = System.nanoTime();
        HttpResponse<String> answer = api.get(SEARCHES.get(i));
        long nanos = System.nanoTime() - start;
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(SEARCHES.get(i) + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        if (round >= warmup) {
          latencies[i].record(nanos);
        }
        totals[i] = JSON.readTree(answer.body()).get("totalItems").asLong();
      }
    }
    for (int i = 0; i < SEARCHES.size(); i++) {
      System.out.printf(Locale.ROOT, "cases search=%s total=%d samples=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%n",
          SEARCHES.get(i), totals[i], latencies[i].count(), latencies[i].percentileMillis(50),
          latencies[i].percentileMillis(95), latencies[i].percentileMillis(99));
    }
  }
}
