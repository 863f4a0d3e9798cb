package com.griddesk.bench.load;

import com.griddesk.bench.Args;
import com.griddesk.bench.http.Api;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Complaint intake load: {@code --clients} threads post complaints to {@code POST /api/cases}, round-robin over
 * {@code --urls}, until {@code --requests} were sent or {@code --seconds} have passed. With {@code --retry-for}
 * a request that got no answer, a 5xx or a 409 "in progress" is sent again with the same Idempotency-Key (to the
 * next node), as a channel system must; {@code --acked} collects "key caseNo" of every acknowledged case
 * ("key caseNo replayed" when the answer was a replay of an earlier attempt that had been stored).
 * {@code --received-at} (ISO-8601, default a minute ago) is every request's reception time: a second run with the
 * same {@code --run} and {@code --received-at} sends the same requests again, which must be answered as replays.
 * {@code --prefer=return=minimal} sends that Prefer header: the answer carries no case view.
 *
 * <p>Prints one line of figures: {@code requests= ok= failed= seconds= cases_per_s= p50_ms= p95_ms= p99_ms=}
 * and the answers that were not 2xx by status.
 */
public final class IntakeLoad {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    List<Api> nodes = List.of(args.get("urls", "GD_URLS", "http://127.0.0.1:8181").split(",")).stream()
        .map(url -> new Api(url.trim(), args.get("user", "GD_AGENT", "agent"),
            args.get("password", "GD_PASSWORD", null)))
        .toList();
    int clients = args.getInt("clients", 4);
    long requests = args.getLong("requests", Long.MAX_VALUE);
    // Without --seconds: a fixed number of requests runs to the end, an open-ended run for a minute.
    long seconds = args.getLong("seconds", requests == Long.MAX_VALUE ? 60 : 0);
    long retryForMillis = args.getLong("retry-for", 0) * 1000;
    long first = args.getLong("first", 0);
    long run = args.getLong("run", System.currentTimeMillis() / 1000);
    String receivedAt = args.get("received-at", "");
    ComplaintRequests complaints = receivedAt.isEmpty() ? new ComplaintRequests(run)
        : new ComplaintRequests(run, OffsetDateTime.parse(receivedAt).toInstant());
    String acked = args.get("acked", "");
    String prefer = args.get("prefer", "");

    Result result = new IntakeLoad(nodes, complaints, retryForMillis, acked.isEmpty() ? null : Path.of(acked),
        prefer).run(clients, first, requests, seconds);
    System.out.println(result.line());
  }

  /** What a run did: counts, duration and latencies of the acknowledged requests. */
  public record Result(long requests, long ok, long failed, double seconds, Latencies latencies,
      Map<String, Long> failures) {
    public double perSecond() {
      return seconds == 0 ? 0 : ok / seconds;
    }

    public String line() {
      return String.format(java.util.Locale.ROOT,
          "requests=%d ok=%d failed=%d seconds=%.1f cases_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f failures=%s",
          requests, ok, failed, seconds, perSecond(), latencies.percentileMillis(50),
          latencies.percentileMillis(95), latencies.percentileMillis(99), failures);
    }
  }

  private final List<Api> nodes;
  private final ComplaintRequests complaints;
  private final long retryForMillis;
  private final String prefer;
  private final PrintWriter ackedOut;
  private final Latencies latencies = new Latencies();
  private final Map<String, Long> failures = new ConcurrentHashMap<>();
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public IntakeLoad(List<Api> nodes, ComplaintRequests complaints, long retryForMillis, Path acked)
      throws IOException {
    this(nodes, complaints, retryForMillis, acked, "");
  }

  /** {@code prefer}: the Prefer header of every request (e.g. return=minimal), none when empty. */
  public IntakeLoad(List<Api> nodes, ComplaintRequests complaints, long retryForMillis, Path acked, String prefer)
      throws IOException {
    this.prefer = prefer;
    this.nodes = nodes;
    this.complaints = complaints;
    this.retryForMillis = retryForMillis;
    this.ackedOut = acked == null ? null : new PrintWriter(Files.newBufferedWriter(acked, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
  }

  /** Sends requests first, first + 1, ... until {@code requests} were sent or {@code seconds} (if not 0) passed. */
  public Result run(int clients, long first, long requests, long seconds) throws InterruptedException {
    AtomicLong next = new AtomicLong(first);
    long last = requests == Long.MAX_VALUE ? Long.MAX_VALUE : first + requests;
    long start = System.nanoTime();
    long limit = seconds == 0 ? Long.MAX_VALUE : TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        long n;
        while ((n = next.getAndIncrement()) < last && System.nanoTime() - start < limit) {
          send(n);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(365, TimeUnit.DAYS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (ackedOut != null) {
      ackedOut.close();
    }
    return new Result(ok.get() + failed.get(), ok.get(), failed.get(), elapsed, latencies, Map.copyOf(failures));
  }

  /** Sends request n until it is acknowledged, refused, or retrying has run out of time. */
  private void send(long n) {
    String body = complaints.body(n);
    Map<String, String> headers = prefer.isEmpty() ? Map.of("Idempotency-Key", complaints.key(n))
        : Map.of("Idempotency-Key", complaints.key(n), "Prefer", prefer);
    long begin = System.nanoTime();
    long giveUpAt = begin + TimeUnit.MILLISECONDS.toNanos(retryForMillis);
    for (int attempt = 0; ; attempt++) {
      Api node = nodes.get((int) ((n + attempt) % nodes.size()));
      String failure;
      try {
        HttpResponse<String> response = node.postJson("/api/cases", body, headers);
        int status = response.statusCode();
        if (status == 201) { // a replay of an acknowledged request is a 201 again (Idempotent-Replayed: true)
          latencies.record(System.nanoTime() - begin);
          ok.incrementAndGet();
          acknowledged(n, response);
          return;
        }
        failure = Integer.toString(status);
        // 200 would be an urge of another open case: never expected, each request has its own account.
        boolean retryable = status >= 500 || status == 409 && response.headers().firstValue("Retry-After").isPresent();
        if (!retryable) {
          fail(failure + " " + abbreviate(response.body()));
          return;
        }
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
        return;
      }
      failures.merge("retried " + failure, 1L, Long::sum);
      if (System.nanoTime() >= giveUpAt) {
        fail(failure);
        return;
      }
      pause(Math.min(2000, 100L << Math.min(attempt, 4)));
    }
  }

  private void acknowledged(long n, HttpResponse<String> response) {
    if (ackedOut == null) {
      return;
    }
    String caseNo = response.headers().firstValue("Location")
        .map(location -> location.substring(location.lastIndexOf('/') + 1))
        .orElseThrow(() -> new UncheckedIOException(new IOException("acknowledged without Location: " + n)));
    // A replay: an earlier attempt was stored but its answer never arrived (or the request is sent again).
    boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
    synchronized (ackedOut) {
      ackedOut.println(complaints.key(n) + " " + caseNo + (replayed ? " replayed" : ""));
    }
  }

  private void fail(String failure) {
    failed.incrementAndGet();
    failures.merge(failure, 1L, Long::sum);
  }

  private static String abbreviate(String body) {
    return body.length() <= 160 ? body : body.substring(0, 160) + "…";
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
