package com.griddesk.bench.drill;

import com.griddesk.bench.Args;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hostile-input drill's attacker: sends {@code --requests} generated bad requests ({@link HostileRequests},
 * reproducible from {@code --seed}) to one GridDesk node with {@code --clients} connections at a time, and reports
 * the answers by status and by kind of request. Every 5xx, every request that got no answer, every 2xx to a request
 * that could have changed data and every answer slower than {@code --slow} seconds is listed with the request that
 * caused it (also in {@code --report}).
 *
 * <p>Control data (made by the drill before, with valid requests): {@code --case} a case number, {@code --task}
 * its open task, {@code --process-instance} its process; {@code --session} and {@code --xsrf} a Tasklist session
 * (JSESSIONID and XSRF-TOKEN); {@code --decoy} a user whose password is tried wrong (logins lock a user after
 * repeated wrong passwords, so no working user is used for that). Staff passwords: {@code --password} or
 * $GD_PASSWORD. {@code --only=N} sends request N alone and prints it with the whole answer.
 *
 * <p>Last lines: {@code requests= seconds= five_xx= no_answer= accepted_changes= slow=} and the counts by status.
 */
public final class HostileInput {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    URI url = URI.create(args.get("url", "http://127.0.0.1:8231"));
    HostileRequests.Context context = new HostileRequests.Context(args.get("case", null), args.get("task", null),
        args.get("process-instance", null), args.get("password", "GD_PASSWORD", null), args.get("session", null),
        args.get("xsrf", null), args.get("decoy", "decoy"));
    HostileRequests requests = new HostileRequests(args.getLong("seed", 20261202L), context, Endpoints.all());
    RawHttp http = new RawHttp(url.getHost(), url.getPort(), args.getInt("timeout", 30) * 1000);
    try {
      String only = args.get("only", "");
      if (!only.isEmpty()) {
        HostileRequest request = requests.generate(Long.parseLong(only));
        RawHttp.Answer answer = http.send(request.head(), request.body());
        System.out.println(request.describe());
        System.out.println(answer.status() + " " + (answer.failure() == null ? "" : answer.failure()));
        System.out.println(answer.headers());
        System.out.println(answer.body());
        return;
      }
      HostileInput drill = new HostileInput(requests, http, args.getInt("slow", 5) * 1_000_000_000L);
      drill.run(args.getLong("requests", 10_000), args.getInt("clients", 4));
      drill.report(args.get("report", ""));
    } finally {
      http.close();
    }
  }

  private final HostileRequests requests;
  private final RawHttp http;
  private final long slowNanos;
  private final Map<String, Map<Integer, LongAdder>> byCategory = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
  private final List<String> slow = Collections.synchronizedList(new ArrayList<>());
  private final List<String> acceptedChanges = Collections.synchronizedList(new ArrayList<>());
  private final List<String> generatorErrors = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong sent = new AtomicLong();
  private double seconds;

  HostileInput(HostileRequests requests, RawHttp http, long slowNanos) {
    this.requests = requests;
    this.http = http;
    this.slowNanos = slowNanos;
  }

  void run(long count, int clients) throws InterruptedException {
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        for (long index; (index = next.getAndIncrement()) < count; ) {
          try {
            send(requests.generate(index));
          } catch (RuntimeException e) {
            // A fault of the generator, not of the node: counted and reported, the run goes on.
            generatorErrors.add("#" + index + " " + e);
          }
          long done = sent.incrementAndGet();
          if (done % 1000 == 0) {
            System.err.printf(Locale.ROOT, "[hostile-input] %d requests, %d 5xx, %d unanswered%n", done,
                serverErrors.size(), unanswered.size());
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(365, TimeUnit.DAYS);
    seconds = (System.nanoTime() - start) / 1e9;
  }

  private void send(HostileRequest request) {
    RawHttp.Answer answer = http.send(request.head(), request.body());
    byStatus.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
    byCategory.computeIfAbsent(request.category(), c -> new ConcurrentHashMap<>())
        .computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
    String line = request.describe() + "\n    -> " + answer.status()
        + (answer.failure() == null ? "" : " (" + answer.failure() + ")")
        + String.format(Locale.ROOT, " in %.1f s: ", answer.nanos() / 1e9) + oneLine(answer.body());
    if (answer.status() >= 500) {
      serverErrors.add(line);
    } else if (answer.status() == 0) {
      unanswered.add(line);
    }
    if (request.changesData() && answer.status() >= 200 && answer.status() < 300) {
      acceptedChanges.add(line);
    }
    if (answer.nanos() > slowNanos) {
      slow.add(line);
    }
  }

  void report(String file) throws IOException {
    StringBuilder out = new StringBuilder();
    section(out, "5xx answers", serverErrors);
    section(out, "requests without an answer", unanswered);
    section(out, "changes accepted (2xx to a request that could change data)", acceptedChanges);
    section(out, "slow answers", slow);
    section(out, "requests the generator failed to make", generatorErrors);
    out.append("by kind of request:\n");
    new TreeMap<>(byCategory).forEach((category, statuses) ->
        out.append(String.format(Locale.ROOT, "  %-24s %s%n", category, counts(statuses))));
    out.append(String.format(Locale.ROOT,
        "requests=%d seconds=%.1f five_xx=%d no_answer=%d accepted_changes=%d slow=%d generator_errors=%d%n",
        sent.get(), seconds, serverErrors.size(), unanswered.size(), acceptedChanges.size(), slow.size(),
        generatorErrors.size()));
    out.append("by_status=").append(counts(byStatus)).append('\n');
    if (!file.isEmpty()) {
      Files.writeString(Path.of(file), out, StandardCharsets.UTF_8);
    }
    // Standard output: the first few of each list; the report file has them all.
    PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    String text = out.toString();
    console.print(text.length() > 20_000 ? text.substring(0, 10_000) + "\n…\n" + text.substring(text.length()
        - 10_000) : text);
    console.flush();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    List<String> sorted = new ArrayList<>(lines);
    Collections.sort(sorted);
    out.append(title).append(" (").append(lines.size()).append("):\n");
    sorted.forEach(line -> out.append("  ").append(line).append('\n'));
  }

  private static String counts(Map<Integer, LongAdder> statuses) {
    Map<Integer, Long> sorted = new TreeMap<>();
    statuses.forEach((status, count) -> sorted.put(status, count.sum()));
    return sorted.toString();
  }

  private static String oneLine(String body) {
    String line = body.replace("\r", " ").replace("\n", " ");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
