package com.griddesk.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.Measurement;
import com.griddesk.bench.http.Api;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Task completion over the engine REST API, as handlers work in Tasklist: {@code --clients} threads, each logged
 * in as one of {@code --users} (in turn: handler-xc, handler-hp), list the open unclaimed 联系客户 tasks of their
 * groups through Tasklist's "我的组任务" filter (first 50 by due date), claim one (Tasklist's form stays read-only
 * until the task is claimed) and submit the contact form ({@code POST /engine-rest/task/{id}/submit-form} with
 * contactNote, the field forms/complaint-contact.form requires). They stop after {@code --tasks} completions,
 * after {@code --seconds}, or when their groups have no open task left.
 *
 * Clients logged in as the same user never pick the same task (in Tasklist each would be a person of their own).
 *
 * <p>Prints one {@link Measurement} line ({@code operation=task-completion}): completed tasks per second over the
 * whole loop (list, claim, submit), and p50/p95/p99 of the submit-form request alone. A claim lost to another
 * client of the same group is not a failure (Tasklist users see the same); such races are counted in
 * {@code failures} as "claim lost".
 */
public final class TaskCompletionLoad {

  static final String GROUP_FILTER = "我的组任务";
  static final int PAGE = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String url = args.get("url", "GD_URL", "http://127.0.0.1:8181");
    String password = args.get("password", "GD_PASSWORD", null);
    List<Handler> users = List.of(args.get("users", "handler-xc,handler-hp").split(",")).stream()
        .map(String::trim)
        .map(user -> new Handler(user, new Api(url, user, password)))
        .toList();
    int clients = args.getInt("clients", 4);
    long tasks = args.getLong("tasks", Long.MAX_VALUE);
    long seconds = args.getLong("seconds", 3600);
    String taskKey = args.get("task", "contactCustomer");

    Measurement result = new TaskCompletionLoad(users, taskKey).run(clients, tasks, seconds);
    System.out.println(result.line());
  }

  /** A member of staff who works the tasks, and their login. */
  public record Handler(String userId, Api api) {
  }

  private final List<Handler> users;
  private final String listBody;
  /** Tasks a client of this run has picked: clients logged in as one user must not pick the same one. */
  private final Set<String> picked = ConcurrentHashMap.newKeySet();
  private final Latencies latencies = new Latencies();
  private final Map<String, Long> failures = new ConcurrentHashMap<>();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public TaskCompletionLoad(List<Handler> users, String taskKey) {
    this.users = users;
    // Extends the filter's query as Tasklist's list request does; unclaimed only, as the clients share groups.
    this.listBody = """
        {"taskDefinitionKey":"%s","unassigned":true,"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}"""
        .formatted(taskKey);
  }

  public Measurement run(int clients, long tasks, long seconds) throws Exception {
    String filterId = groupFilterId(users.get(0).api());
    AtomicLong remaining = new AtomicLong(tasks);
    long start = System.nanoTime();
    long stopAt = start + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      Handler user = users.get(c % users.size());
      pool.execute(() -> work(user, filterId, remaining, stopAt));
    }
    pool.shutdown();
    pool.awaitTermination(365, TimeUnit.DAYS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Measurement("task-completion", clients, completed.get(), failed.get(), elapsed, latencies,
        Map.copyOf(failures));
  }

  /** One client: list, claim, submit, until nothing is left to do or allowed, or the node keeps failing. */
  private void work(Handler user, String filterId, AtomicLong remaining, long stopAt) {
    int errorsInARow = 0;
    while (System.nanoTime() < stopAt && remaining.get() > 0 && errorsInARow < 10) {
      try {
        List<String> open = openTasks(user, filterId);
        open.removeIf(picked::contains);
        if (open.isEmpty()) {
          return;
        }
        // The most urgent task first, as the list shows them; one another client has not picked.
        for (String taskId : open) {
          if (!picked.add(taskId)) {
            continue;
          }
          if (remaining.getAndDecrement() <= 0) {
            return;
          }
          if (claim(user, taskId)) {
            submit(user, taskId);
            break;
          }
          remaining.incrementAndGet();
        }
        errorsInARow = 0;
      } catch (IOException e) {
        errorsInARow++;
        fail(e.getClass().getSimpleName() + " " + abbreviate(String.valueOf(e.getMessage())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private List<String> openTasks(Handler user, String filterId) throws IOException, InterruptedException {
    HttpResponse<String> response = user.api().postJson(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE, listBody, Map.of());
    if (response.statusCode() != 200) {
      throw new IOException("task list answered " + response.statusCode() + ": " + response.body());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode task : JSON.readTree(response.body())) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }

  /** Claims the task for this user; false when another client was quicker. */
  private boolean claim(Handler user, String taskId) throws IOException, InterruptedException {
    HttpResponse<String> response = user.api().postJson("/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"" + user.userId() + "\"}", Map.of());
    if (response.statusCode() == 204) {
      return true;
    }
    failures.merge(response.body().contains("already claimed") || response.statusCode() == 404
        ? "claim lost" : "claim " + response.statusCode() + " " + abbreviate(response.body()), 1L, Long::sum);
    return false;
  }

  private void submit(Handler user, String taskId) throws IOException, InterruptedException {
    String form = """
        {"variables":{"contactNote":{"value":"已电话联系客户，确认诉求并约定处理安排（压测）。","type":"String"}}}""";
    long begin = System.nanoTime();
    HttpResponse<String> response = user.api().postJson("/engine-rest/task/" + taskId + "/submit-form", form, Map.of());
    if (response.statusCode() == 204 || response.statusCode() == 200) {
      latencies.record(System.nanoTime() - begin);
      completed.incrementAndGet();
    } else {
      fail("submit " + response.statusCode() + " " + abbreviate(response.body()));
    }
  }

  /** The id of Tasklist's shared filter of the user's groups' tasks. */
  private static String groupFilterId(Api user) throws IOException, InterruptedException {
    HttpResponse<String> response = user.get("/engine-rest/filter?resourceType=Task&name="
        + URLEncoder.encode(GROUP_FILTER, StandardCharsets.UTF_8));
    JsonNode filters = JSON.readTree(response.body());
    if (response.statusCode() != 200 || filters.size() != 1) {
      throw new IOException("filter " + GROUP_FILTER + " not found: " + response.statusCode() + " " + response.body());
    }
    return filters.get(0).get("id").asText();
  }

  private void fail(String failure) {
    failed.incrementAndGet();
    failures.merge(failure, 1L, Long::sum);
  }

  private static String abbreviate(String body) {
    return body.length() <= 160 ? body : body.substring(0, 160) + "…";
  }
}
