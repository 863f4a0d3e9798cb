package com.griddesk.bench.volume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.http.Api;
import com.griddesk.bench.load.ComplaintRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The template cases the volume is cloned from (CaseCloner), made through the real API so that every row is one
 * GridDesk itself wrote: {@code --open} complaints opened by the hotline agent and left waiting at 联系客户 (every
 * {@code --claim-every}th claimed by its handler, as taken work is), and {@code --closed} complaints worked to
 * their end by handler, supervisor and callback team (every 4th returned once at review; half the customers
 * satisfied, half basically satisfied).
 *
 * <p>Appends "caseNo OPEN" or "caseNo CLOSED" per template to {@code --out}; prints one line of figures.
 */
public final class TemplateCases {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String url = args.get("url", "GD_URL", "http://127.0.0.1:8211");
    String password = args.get("password", "GD_PASSWORD", null);
    int open = args.getInt("open", 100);
    int closed = args.getInt("closed", 100);
    int claimEvery = args.getInt("claim-every", 5);
    int clients = args.getInt("clients", 4);
    Path out = Path.of(args.get("out", null));

    Api agent = new Api(url, args.get("agent", "GD_AGENT", "agent"), password);
    Map<String, Api> staff = Map.of(
        "handler-xc", new Api(url, "handler-xc", password),
        "handler-hp", new Api(url, "handler-hp", password),
        "supervisor", new Api(url, "supervisor", password),
        "callback", new Api(url, "callback", password));
    ComplaintRequests requests = new ComplaintRequests(System.currentTimeMillis() / 1000);
    ComplaintSteps steps = new ComplaintSteps(staff);

    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<String>> made = new ArrayList<>();
    try (PrintWriter templates = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
      for (int n = 0; n < open + closed; n++) {
        final int number = n;
        made.add(pool.submit(() -> {
          Opened opened = open(agent, requests, number);
          String kind;
          if (number < open) {
            if (claimEvery > 0 && number % claimEvery == claimEvery - 1) {
              steps.claimContact(opened.caseNo(), opened.area());
            }
            kind = "OPEN";
          } else {
            steps.workToClosure(opened.caseNo(), opened.area(), number % 4 == 3,
                number % 2 == 0 ? "SATISFIED" : "BASICALLY_SATISFIED");
            kind = "CLOSED";
          }
          synchronized (templates) {
            templates.println(opened.caseNo() + " " + kind);
          }
          return kind;
        }));
      }
      pool.shutdown();
      for (Future<String> one : made) {
        one.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "templates open=%d closed=%d seconds=%.1f%n", open, closed, seconds);
  }

  private record Opened(String caseNo, String area) {
  }

  /** Opens complaint n as the hotline agent; fails on anything but a new case. */
  private static Opened open(Api agent, ComplaintRequests requests, long n) throws IOException, InterruptedException {
    HttpResponse<String> answer = agent.postJson("/api/cases", requests.body(n),
        Map.of("Idempotency-Key", requests.key(n)));
    if (answer.statusCode() != 201) {
      throw new IOException("intake of template " + n + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
    JsonNode view = JSON.readTree(answer.body());
    return new Opened(view.get("caseNo").asText(), view.get("serviceArea").asText());
  }
}
