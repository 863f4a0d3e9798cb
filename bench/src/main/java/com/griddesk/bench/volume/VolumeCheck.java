package com.griddesk.bench.volume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.http.Api;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proves that seeded cases are cases: what GridDesk's tables say is what the engine answers, and a clone reads and
 * works like the case it was copied from.
 * <ul>
 *   <li>counts: open complaints (gd_case) = the engine's running complaint instances; complaints waiting at 联系客户
 *       = the engine's 联系客户 tasks, for the administrator and, authorization on, for each unit's handler its own;
 *       running clocks = their timers; closed complaints = the engine's finished complaint instances = the cases API's
 *       total;</li>
 *   <li>a cloned open and a cloned closed case: {@code GET /api/cases/{caseNo}} answers it with its template's status,
 *       tasks and clocks, and its timeline holds the template's engine and SLA entries (its audit entries, not cloned,
 *       aside);</li>
 *   <li>the cloned open case's 联系客户 is claimed and completed by its handler through the engine's REST API: the
 *       case moves on to 调查处理 and its first-contact clock stops, met.</li>
 * </ul>
 * Prints one line per check ("ok" or "FAILED") and exits 1 when one failed.
 */
public final class VolumeCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection db;
  private final Api admin;
  private final Api auditor;
  private final Map<String, Api> staff;
  private final List<String> failures = new ArrayList<>();

  private VolumeCheck(Connection db, Api admin, Api auditor, Map<String, Api> staff) {
    this.db = db;
    this.admin = admin;
    this.auditor = auditor;
    this.staff = staff;
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String url = args.get("url", "GD_URL", "http://127.0.0.1:8211");
    String password = args.get("password", "GD_PASSWORD", null);
    try (Connection db = DriverManager.getConnection(args.get("jdbc", "GD_JDBC_URL", null),
        args.get("db-user", "MYSQL_ROOT_USER", "root"), args.get("db-password", "MYSQL_ROOT_PASSWORD", ""))) {
      Map<String, Api> staff = Map.of(
          "handler-xc", new Api(url, "handler-xc", password),
          "handler-hp", new Api(url, "handler-hp", password),
          "supervisor", new Api(url, "supervisor", password),
          "callback", new Api(url, "callback", password));
      VolumeCheck check = new VolumeCheck(db, new Api(url, args.get("admin", "GD_ADMIN", "ops"), password),
          new Api(url, "auditor", password), staff);
      check.counts();
      check.clones();
      if (!check.failures.isEmpty()) {
        System.out.println("volume check FAILED: " + String.join("; ", check.failures));
        System.exit(1);
      }
      System.out.println("volume check ok");
    }
  }

  private void counts() throws Exception {
    long open = sql("SELECT COUNT(*) FROM gd_case WHERE case_type = 'COMPLAINT' AND status <> 'CLOSED'");
    long closed = sql("SELECT COUNT(*) FROM gd_case WHERE case_type = 'COMPLAINT' AND status = 'CLOSED'");
    equal("open complaints = running complaint instances", open,
        count(admin, "/engine-rest/process-instance/count?processDefinitionKey=complaint"));
    for (String area : List.of("XC", "HP")) {
      String group = "handlers-" + area.toLowerCase(java.util.Locale.ROOT);
      long waiting = sql("SELECT COUNT(*) FROM gd_case WHERE case_type = 'COMPLAINT' AND status = 'AWAITING_CONTACT'"
          + " AND handling_group = '" + group + "'");
      equal(group + ": complaints at 联系客户 = its 联系客户 tasks (administrator)", waiting,
          count(admin, "/engine-rest/task/count?taskDefinitionKey=contactCustomer&includeAssignedTasks=true&candidateGroup=" + group));
      equal(group + ": complaints at 联系客户 = the tasks its handler sees", waiting,
          count(staff.get(ComplaintSteps.handlerOf(area)),
              "/engine-rest/task/count?taskDefinitionKey=contactCustomer&includeAssignedTasks=true&candidateGroup=" + group));
    }
    for (String[] clock : List.of(new String[] {"FIRST_CONTACT", "firstContactOverdue"},
        new String[] {"RESOLUTION", "resolutionOverdue"})) {
      long running = sql("SELECT COUNT(*) FROM gd_sla_clock k JOIN gd_case c ON c.id = k.case_id"
          + " WHERE c.case_type = 'COMPLAINT' AND k.clock = '" + clock[0] + "' AND k.state = 'RUNNING'");
      equal("running " + clock[0] + " clocks = " + clock[1] + " timers", running,
          count(admin, "/engine-rest/job/count?timers=true&activityId=" + clock[1]));
    }
    equal("closed complaints = finished complaint instances", closed,
        count(admin, "/engine-rest/history/process-instance/count?processDefinitionKey=complaint&finished=true"));
    JsonNode page = json(auditor, "/api/cases?type=COMPLAINT&status=CLOSED&size=1");
    equal("closed complaints = the cases API's total", closed, page.get("totalItems").asLong());
  }

  private void clones() throws Exception {
    for (String kind : List.of("CLOSED", "OPEN")) {
      String[] clone = clone(kind);
      if (clone == null) {
        failures.add("no " + kind + " clone to check");
        System.out.println("no " + kind + " clone: FAILED");
        continue;
      }
      String caseNo = clone[0];
      String templateNo = clone[1];
      JsonNode copy = json(auditor, "/api/cases/" + caseNo);
      JsonNode original = json(auditor, "/api/cases/" + templateNo);
      equal(kind + " clone " + caseNo + ": case number", caseNo, copy.get("caseNo").asText());
      equal(kind + " clone " + caseNo + ": status as its template's", original.get("status").asText(),
          copy.get("status").asText());
      equal(kind + " clone " + caseNo + ": tasks as its template's", names(original.get("tasks")), names(copy.get("tasks")));
      equal(kind + " clone " + caseNo + ": clocks as its template's", states(original.get("slas")),
          states(copy.get("slas")));
      equal(kind + " clone " + caseNo + ": timeline as its template's (audit entries aside)",
          engineEntries(templateNo), engineEntries(caseNo));
      if (kind.equals("OPEN")) {
        work(caseNo, copy.get("serviceArea").asText());
      }
    }
  }

  /** Completes the clone's 联系客户 as its handler; the case must move on as any case does. */
  private void work(String caseNo, String area) throws Exception {
    String outcome;
    try {
      new ComplaintSteps(staff).completeContact(caseNo, area);
      outcome = "completed";
    } catch (IOException e) {
      outcome = e.getMessage();
    }
    equal("OPEN clone " + caseNo + ": its handler completes 联系客户", "completed", outcome);
    JsonNode after = json(auditor, "/api/cases/" + caseNo);
    equal("OPEN clone " + caseNo + ": status after 联系客户", "IN_PROGRESS", after.get("status").asText());
    equal("OPEN clone " + caseNo + ": tasks after 联系客户", "[调查处理]", names(after.get("tasks")));
    equal("OPEN clone " + caseNo + ": clocks after 联系客户", "[FIRST_CONTACT MET, RESOLUTION RUNNING]",
        states(after.get("slas")));
  }

  /** A clone of the kind still as its template left it (clocks running or as the template's), and its template. */
  private String[] clone(String kind) throws SQLException {
    String query = "SELECT c.new_case_no, c.old_case_no FROM bench_clone c JOIN gd_case g ON g.id = c.new_case_id"
        + " JOIN gd_case t ON t.id = c.template_case_id WHERE c.kind = ? AND g.status = t.status"
        + " AND NOT EXISTS (SELECT 1 FROM gd_escalation e WHERE e.case_id = g.id)"
        + " ORDER BY c.new_case_id DESC LIMIT 1";
    try (PreparedStatement statement = db.prepareStatement(query)) {
      statement.setString(1, kind);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new String[] {row.getString(1), row.getString(2)} : null;
      }
    }
  }

  private String engineEntries(String caseNo) throws Exception {
    List<String> entries = new ArrayList<>();
    for (JsonNode entry : json(auditor, "/api/cases/" + caseNo + "/timeline").get("entries")) {
      if (!entry.get("source").asText().equals("AUDIT")) {
        entries.add(entry.get("kind").asText() + ":" + entry.get("activity").asText(""));
      }
    }
    return entries.size() + " " + entries;
  }

  private static String names(JsonNode tasks) {
    List<String> names = new ArrayList<>();
    tasks.forEach(task -> names.add(task.get("name").asText()));
    return names.toString();
  }

  private static String states(JsonNode clocks) {
    List<String> states = new ArrayList<>();
    clocks.forEach(clock -> states.add(clock.get("name").asText() + " " + clock.get("state").asText()));
    return states.toString();
  }

  private void equal(String what, Object expected, Object actual) {
    boolean ok = expected.equals(actual);
    System.out.println(what + ": " + (ok ? "ok (" + actual + ")" : "FAILED: expected " + expected + ", got " + actual));
    if (!ok) {
      failures.add(what);
    }
  }

  private long sql(String query) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query); ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long count(Api api, String path) throws Exception {
    return json(api, path).get("count").asLong();
  }

  private static JsonNode json(Api api, String path) throws Exception {
    HttpResponse<String> answer = api.get(path);
    if (answer.statusCode() != 200) {
      throw new IOException("GET " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
    return JSON.readTree(answer.body());
  }
}
