package com.griddesk.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.load.Latencies;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The query a member of staff waits for when Tasklist opens: the shared filter {@code --filter} (我的组任务: the
 * tasks offered to the user's groups, claimed or not, engine authorizations on), its first {@code --max-results}
 * tasks in Tasklist's sorting (GridDesk's default: priority, then due date, then creation), asked as Tasklist asks,
 * in the user's Tasklist session. Three requests, taken in turns so that they see the same database:
 * <ul>
 *   <li>{@code list}: Tasklist's own request, {@code POST …/filter/{id}/list} with HAL: the page of tasks, the
 *       filter's count shown beside its name, and the variables the filter shows (工单号) embedded;</li>
 *   <li>{@code count}: {@code POST …/filter/{id}/count}, the count query alone;</li>
 *   <li>{@code list-json}: the same list as plain JSON, the task query alone.</li>
 * </ul>
 * After {@code --warmup} rounds, {@code --samples} rounds, one request at a time. Prints per request
 * {@code tasklist user= request= tasks= count= samples= p50_ms= p95_ms= p99_ms= max_ms=}.
 */
public final class TasklistQuery {

  static final String GRIDDESK_SORTING = "[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},"
      + "{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]";

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String user = args.get("user", "handler-xc");
    TasklistSession session = TasklistSession.login(args.get("url", "GD_URL", "http://127.0.0.1:8211"), user,
        args.get("password", "GD_PASSWORD", null));
    String filterId = filterId(session, args.get("filter", "我的组任务"));
    int maxResults = args.getInt("max-results", 50);
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"firstResult\":0,"
        + "\"maxResults\":" + maxResults + ",\"sorting\":" + args.get("sorting", GRIDDESK_SORTING) + ",\"active\":true}";
    String filter = TasklistSession.ENGINE + "/filter/" + filterId;
    String page = "?firstResult=0&maxResults=" + maxResults;

    Map<String, Latencies> latencies = new LinkedHashMap<>();
    Map<String, String> answers = new LinkedHashMap<>();
    int warmup = args.getInt("warmup", 30);
    int samples = args.getInt("samples", 300);
    for (int round = 0; round < warmup + samples; round++) {
      boolean measured = round >= warmup;
      time(latencies, answers, "list", measured, () -> session.post(filter + "/list" + page, body, TasklistSession.HAL));
      time(latencies, answers, "count", measured, () -> session.post(filter + "/count", body, "application/json"));
      time(latencies, answers, "list-json", measured,
          () -> session.post(filter + "/list" + page, body, "application/json"));
    }
    JsonNode hal = JSON.readTree(answers.get("list"));
    long count = JSON.readTree(answers.get("count")).get("count").asLong();
    int tasks = hal.path("_embedded").path("task").size();
    if (hal.get("count").asLong() != count || tasks != Math.min(maxResults, count)
        || JSON.readTree(answers.get("list-json")).size() != tasks) {
      throw new IllegalStateException("the three answers disagree: HAL count " + hal.get("count") + ", count " + count
          + ", HAL tasks " + tasks);
    }
    for (Map.Entry<String, Latencies> request : latencies.entrySet()) {
      Latencies measured = request.getValue();
      System.out.printf(Locale.ROOT,
          "tasklist user=%s request=%s tasks=%d count=%d samples=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
          user, request.getKey(), tasks, count, measured.count(), measured.percentileMillis(50),
          measured.percentileMillis(95), measured.percentileMillis(99), measured.percentileMillis(100));
    }
  }

  private interface Request {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  private static void time(Map<String, Latencies> latencies, Map<String, String> answers, String name,
      boolean measured, Request request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> answer = request.send();
    long nanos = System.nanoTime() - start;
    if (answer.statusCode() != 200) {
      throw new IOException(name + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
    if (measured) {
      latencies.computeIfAbsent(name, any -> new Latencies()).record(nanos);
    }
    answers.put(name, answer.body());
  }

  private static String filterId(TasklistSession session, String name) throws IOException, InterruptedException {
    HttpResponse<String> answer = session.get(TasklistSession.ENGINE + "/filter?resourceType=Task&name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/json");
    JsonNode filters = JSON.readTree(answer.body());
    if (answer.statusCode() != 200 || filters.size() != 1) {
      throw new IOException("filter " + name + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
    return filters.get(0).get("id").asText();
  }
}
