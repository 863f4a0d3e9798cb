package com.griddesk.bench.drill;

import com.griddesk.bench.Args;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backup-and-restore drill's check that a restored database is one consistent moment of GridDesk: the engine's
 * tables and GridDesk's agree as they do after every committed transaction, which a backup whose tables were
 * copied at different moments under load would not.
 * <ul>
 *   <li>every case has its process instance and every root instance of a case process its case
 *       ({@link CaseRecords});</li>
 *   <li>every complaint has its FIRST_CONTACT and RESOLUTION clocks; an open 联系客户 task exactly where the
 *       first-contact clock runs; a firstContactOverdue timer job exactly where that clock runs (not paused, not
 *       breached), due when the clock is; the same for RESOLUTION and resolutionOverdue;</li>
 *   <li>no job, task or execution of the engine points at a process instance that is not there;</li>
 *   <li>with {@code --min-cases}/{@code --max-cases}: the number of cases lies between the source's counts just
 *       before the backup started and just after it ended.</li>
 * </ul>
 * Prints the restore's figures (cases, clocks, open tasks, timer jobs).
 *
 * <p>{@code java ... RestoreCheck --db=NAME [--min-cases=N --max-cases=N]}; exits 1 when a check failed.
 */
public final class RestoreCheck {

  private static final String FIRST_CONTACT_TASK = "contactCustomer";

  /** A clock of a complaint and the timer that must exist while it runs. */
  private record ClockTimer(String clock, String timer) {}

  private static final List<ClockTimer> COMPLAINT_CLOCKS = List.of(
      new ClockTimer("FIRST_CONTACT", "firstContactOverdue"), new ClockTimer("RESOLUTION", "resolutionOverdue"));

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Findings findings = new Findings();
    try (DrillDatabase db = DrillDatabase.open(args.get("db", null))) {
      CaseRecords records = CaseRecords.read(db);
      figures(db, findings);
      long min = args.getLong("min-cases", -1);
      long max = args.getLong("max-cases", Long.MAX_VALUE);
      int cases = records.cases.size();
      if (cases >= min && cases <= max) {
        findings.ok("cases of the backup's moment", cases + (min < 0 ? "" : " (source had " + min + " before the"
            + " backup started, " + max + " after it ended)"));
      } else {
        findings.fail("cases of the backup's moment", cases + " restored, but the source had " + min
            + " before the backup started and " + max + " after it ended");
      }
      records.checkCasesAndProcesses(findings);
      checkComplaintClocks(db, records, findings);
      checkEngineReferences(db, findings);
    }
    System.exit(findings.exitCode());
  }

  private static void figures(DrillDatabase db, Findings findings) throws SQLException {
    findings.info("cases by status", db.rows("SELECT status, COUNT(*) FROM gd_case GROUP BY status ORDER BY 1")
        .stream().map(r -> r[0] + "=" + r[1]).toList().toString());
    findings.info("clocks by clock and state", db.rows("SELECT clock, state, COUNT(*) FROM gd_sla_clock "
        + "GROUP BY clock, state ORDER BY 1, 2").stream().map(r -> r[0] + "/" + r[1] + "=" + r[2]).toList().toString());
    findings.info("open tasks", db.rows("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_ "
        + "ORDER BY 1").stream().map(r -> r[0] + "=" + r[1]).toList().toString());
    findings.info("jobs", db.rows("SELECT HANDLER_TYPE_, HANDLER_CFG_, COUNT(*), SUM(LOCK_OWNER_ IS NOT NULL) "
        + "FROM ACT_RU_JOB GROUP BY HANDLER_TYPE_, HANDLER_CFG_ ORDER BY 1, 2").stream()
        .map(r -> (r[0].startsWith("timer") ? r[1] : r[0]) + "=" + r[2] + (r[3].equals("0") ? "" : " (" + r[3] + " locked)")).toList().toString());
  }

  private static void checkComplaintClocks(DrillDatabase db, CaseRecords records, Findings findings)
      throws SQLException {
    // case id -> clock -> its rows: state, due_at, stopped_at
    Map<Long, Map<String, List<String[]>>> clocks = new HashMap<>();
    for (String[] row : db.rows("SELECT case_id, clock, state, due_at, stopped_at FROM gd_sla_clock")) {
      clocks.computeIfAbsent(Long.parseLong(row[0]), k -> new HashMap<>())
          .computeIfAbsent(row[1], k -> new ArrayList<>()).add(new String[] {row[2], row[3], row[4]});
    }
    Map<String, Map<String, List<String>>> timers = new HashMap<>(); // process instance -> timer -> due dates
    for (String[] row : db.rows("SELECT PROCESS_INSTANCE_ID_, HANDLER_CFG_, DUEDATE_ FROM ACT_RU_JOB "
        + "WHERE HANDLER_TYPE_ = 'timer-transition'")) {
      timers.computeIfAbsent(row[0], k -> new HashMap<>()).computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[2]);
    }
    Map<String, Integer> contactTasks = new HashMap<>();
    for (String[] row : db.rows("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? "
        + "GROUP BY PROC_INST_ID_", FIRST_CONTACT_TASK)) {
      contactTasks.put(row[0], Integer.parseInt(row[1]));
    }

    List<String> missingClocks = new ArrayList<>();
    List<String> tasksDisagree = new ArrayList<>();
    List<String> timersDisagree = new ArrayList<>();
    int complaints = 0;
    for (CaseRecords.StoredCase stored : records.cases) {
      if (!"COMPLAINT".equals(stored.type())) {
        continue;
      }
      complaints++;
      Map<String, List<String[]>> own = clocks.getOrDefault(stored.id(), Map.of());
      String instance = stored.processInstanceId();
      Map<String, List<String>> ownTimers = timers.getOrDefault(instance, Map.of());
      for (ClockTimer clockTimer : COMPLAINT_CLOCKS) {
        List<String[]> rows = own.getOrDefault(clockTimer.clock(), List.of());
        if (rows.isEmpty()) {
          missingClocks.add(stored.caseNo() + " has no " + clockTimer.clock() + " clock");
          continue;
        }
        String[] latest = rows.get(rows.size() - 1);
        boolean open = latest[2] == null;
        List<String> expectedTimer = open && "RUNNING".equals(latest[0]) ? List.of(latest[1]) : List.of();
        List<String> actualTimer = ownTimers.getOrDefault(clockTimer.timer(), List.of());
        if (!Objects.equals(expectedTimer, actualTimer)) {
          timersDisagree.add(stored.caseNo() + " " + clockTimer.clock() + " " + latest[0] + (open ? "" : " stopped")
              + " due " + latest[1] + ", " + clockTimer.timer() + " jobs due " + actualTimer);
        }
        if (clockTimer.clock().equals("FIRST_CONTACT")) {
          int tasks = contactTasks.getOrDefault(instance, 0);
          if (tasks != (open ? 1 : 0)) {
            tasksDisagree.add(stored.caseNo() + " FIRST_CONTACT " + (open ? "open" : "stopped") + ", " + tasks
                + " 联系客户 tasks");
          }
        }
      }
    }
    findings.expectNone("every complaint has its clocks", missingClocks,
        complaints + " complaints with FIRST_CONTACT and RESOLUTION clocks");
    findings.expectNone("联系客户 tasks agree with first-contact clocks", tasksDisagree,
        "an open task exactly where the clock runs");
    findings.expectNone("timer jobs agree with clocks", timersDisagree,
        "a timer due at the clock's deadline exactly where a clock runs");
  }

  private static void checkEngineReferences(DrillDatabase db, Findings findings) throws SQLException {
    List<String> dangling = new ArrayList<>();
    dangling.addAll(db.column("SELECT CONCAT('job ', j.ID_, ' of missing instance ', j.PROCESS_INSTANCE_ID_) "
        + "FROM ACT_RU_JOB j LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_ "
        + "WHERE j.PROCESS_INSTANCE_ID_ IS NOT NULL AND e.ID_ IS NULL"));
    dangling.addAll(db.column("SELECT CONCAT('job ', j.ID_, ' of missing execution ', j.EXECUTION_ID_) "
        + "FROM ACT_RU_JOB j LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = j.EXECUTION_ID_ "
        + "WHERE j.EXECUTION_ID_ IS NOT NULL AND e.ID_ IS NULL"));
    dangling.addAll(db.column("SELECT CONCAT('task ', t.ID_, ' of missing instance ', t.PROC_INST_ID_) "
        + "FROM ACT_RU_TASK t LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
        + "WHERE t.PROC_INST_ID_ IS NOT NULL AND e.ID_ IS NULL"));
    dangling.addAll(db.column("SELECT CONCAT('execution ', e.ID_, ' of missing instance ', e.PROC_INST_ID_) "
        + "FROM ACT_RU_EXECUTION e LEFT JOIN ACT_RU_EXECUTION p ON p.ID_ = e.PROC_INST_ID_ WHERE p.ID_ IS NULL"));
    dangling.addAll(db.column("SELECT CONCAT('running instance ', e.ID_, ' without history') "
        + "FROM ACT_RU_EXECUTION e LEFT JOIN ACT_HI_PROCINST h ON h.ID_ = e.ID_ "
        + "WHERE e.ID_ = e.PROC_INST_ID_ AND h.ID_ IS NULL"));
    findings.expectNone("engine references whole", dangling,
        "every job, task and execution belongs to a process instance that is there");
  }
}
