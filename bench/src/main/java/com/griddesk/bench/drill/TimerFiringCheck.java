package com.griddesk.bench.drill;

import com.griddesk.bench.Args;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drills' check that timers made due fired exactly once. Reads the complaints' first-contact timers a drill
 * made due (lines "jobId processInstanceId", the firstContactOverdue boundary timers of complaint instances) and
 * checks, for each:
 * <ul>
 *   <li>the job is gone and ACT_HI_JOB_LOG has exactly one successful run of it (failed attempts, e.g. a run that
 *       lost an optimistic lock to another node, are counted, not failed);</li>
 *   <li>the process took the boundary event and recorded the breach once (ACT_HI_ACTINST), its case has one
 *       FIRST_CONTACT clock, BREACHED;</li>
 *   <li>one escalation was started (one call of sla-escalation, one gd_escalation row at level 1, one 超时督办 user
 *       task, the one the row names).</li>
 * </ul>
 * Over the whole database: no escalation level recorded twice for a case and clock, no job due and not run, no job
 * out of retries.
 *
 * <p>{@code java ... TimerFiringCheck --db=NAME --jobs=FILE}; exits 1 when a check failed.
 */
public final class TimerFiringCheck {

  static final String TIMER = "firstContactOverdue";
  static final String BREACH = "breachFirstContact";
  static final String ESCALATION_CALL = "firstContactEscalation";
  static final String CLOCK = "FIRST_CONTACT";
  static final String ESCALATION_TASK = "escalate";
  static final String HISTORY_CLEANUP = "history-cleanup";

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Map<String, String> jobs = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args.get("jobs", null)), StandardCharsets.UTF_8)) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2) {
        jobs.put(parts[0], parts[1]);
      }
    }
    Findings findings = new Findings();
    try (DrillDatabase db = DrillDatabase.open(args.get("db", null))) {
      check(db, jobs, findings);
    }
    System.exit(findings.exitCode());
  }

  static void check(DrillDatabase db, Map<String, String> jobs, Findings findings) throws Exception {
    Map<String, Integer> successes = new HashMap<>();
    Map<String, Integer> failures = new HashMap<>();
    Map<String, Integer> byHost = new TreeMap<>();
    for (String[] row : db.rows("SELECT JOB_ID_, JOB_STATE_, HOSTNAME_ FROM ACT_HI_JOB_LOG "
        + "WHERE ACT_ID_ = ? AND JOB_STATE_ IN (1, 2)", TIMER)) {
      if (!jobs.containsKey(row[0])) {
        continue;
      }
      (row[1].equals("2") ? successes : failures).merge(row[0], 1, Integer::sum);
      if (row[1].equals("2")) {
        byHost.merge(row[2], 1, Integer::sum);
      }
    }
    List<String> pending = new ArrayList<>();
    for (String id : db.column("SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_CFG_ = ?", TIMER)) {
      if (jobs.containsKey(id)) {
        pending.add(id);
      }
    }
    List<String> notOnce = new ArrayList<>();
    jobs.keySet().forEach(id -> {
      int runs = successes.getOrDefault(id, 0);
      if (runs != 1) {
        notOnce.add("job " + id + " ran " + runs + " times");
      }
    });
    findings.expectNone("every due timer fired", pending, jobs.size() + " timers made due, none left");
    findings.expectNone("every due timer ran exactly once (ACT_HI_JOB_LOG)", notOnce,
        "one successful run each; by node " + byHost);
    findings.info("failed attempts of those timers", failures.values().stream().mapToInt(Integer::intValue).sum()
        + " (e.g. lost an optimistic lock; retried)");

    Map<String, Map<String, Integer>> activities = new HashMap<>();
    for (String[] row : db.rows("SELECT PROC_INST_ID_, ACT_ID_, COUNT(*) FROM ACT_HI_ACTINST "
        + "WHERE ACT_ID_ IN (?, ?, ?) GROUP BY PROC_INST_ID_, ACT_ID_", TIMER, BREACH, ESCALATION_CALL)) {
      activities.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], Integer.parseInt(row[2]));
    }
    Map<String, String[]> cases = new HashMap<>(); // process instance -> id, case_no
    for (String[] row : db.rows("SELECT process_instance_id, id, case_no FROM gd_case")) {
      cases.put(row[0], new String[] {row[1], row[2]});
    }
    Map<String, List<String>> clocks = new HashMap<>(); // case id -> states of its FIRST_CONTACT clocks
    for (String[] row : db.rows("SELECT case_id, state, breached_at FROM gd_sla_clock WHERE clock = ?", CLOCK)) {
      clocks.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1] + (row[2] == null ? "" : "@" + row[2]));
    }
    Map<String, List<String[]>> escalations = new HashMap<>(); // case id -> level, task id
    for (String[] row : db.rows("SELECT case_id, escalation_level, task_id FROM gd_escalation WHERE clock = ?",
        CLOCK)) {
      escalations.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] {row[1], row[2]});
    }
    Map<String, List<String>> escalationTasks = new HashMap<>(); // super process instance -> escalate task ids
    for (String[] row : db.rows("SELECT p.SUPER_PROCESS_INSTANCE_ID_, t.ID_ FROM ACT_HI_TASKINST t "
        + "JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_ JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ "
        + "AND v.NAME_ = 'clock' AND v.TEXT_ = ? WHERE t.TASK_DEF_KEY_ = ? AND p.PROC_DEF_KEY_ = 'sla-escalation'",
        CLOCK, ESCALATION_TASK)) {
      escalationTasks.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }

    List<String> breaches = new ArrayList<>();
    List<String> escalated = new ArrayList<>();
    for (String processInstance : jobs.values()) {
      Map<String, Integer> took = activities.getOrDefault(processInstance, Map.of());
      String[] serviceCase = cases.get(processInstance);
      if (serviceCase == null) {
        breaches.add(processInstance + " has no case");
        continue;
      }
      String caseNo = serviceCase[1];
      List<String> states = clocks.getOrDefault(serviceCase[0], List.of());
      if (took.getOrDefault(TIMER, 0) != 1 || took.getOrDefault(BREACH, 0) != 1 || states.size() != 1
          || !states.get(0).startsWith("BREACHED@")) {
        breaches.add(caseNo + ": timer taken " + took.getOrDefault(TIMER, 0) + "x, breach recorded "
            + took.getOrDefault(BREACH, 0) + "x, clocks " + states);
      }
      List<String[]> levels = escalations.getOrDefault(serviceCase[0], List.of());
      List<String> tasks = escalationTasks.getOrDefault(processInstance, List.of());
      boolean oneLevel = levels.size() == 1 && levels.get(0)[0].equals("1");
      if (took.getOrDefault(ESCALATION_CALL, 0) != 1 || !oneLevel || tasks.size() != 1
          || !tasks.get(0).equals(levels.get(0)[1])) {
        escalated.add(caseNo + ": escalation started " + took.getOrDefault(ESCALATION_CALL, 0) + "x, gd_escalation "
            + levels.stream().map(l -> "level " + l[0] + " task " + l[1]).toList() + ", 超时督办 tasks " + tasks);
      }
    }
    findings.expectNone("one breach per clock", breaches,
        jobs.size() + " FIRST_CONTACT clocks BREACHED once, boundary event and breach step once each");
    findings.expectNone("one escalation per case and clock", escalated,
        jobs.size() + " escalations: one sla-escalation call, one gd_escalation level 1, one 超时督办 task each");

    findings.expectNone("no escalation level recorded twice", db.column(
        "SELECT CONCAT('case ', case_id, ' ', clock, ' level ', escalation_level, ': ', COUNT(*)) FROM gd_escalation "
            + "GROUP BY case_id, clock, escalation_level HAVING COUNT(*) > 1"), "none in the whole database");
    findings.expectNone("nothing left due", db.column(
        "SELECT CONCAT(HANDLER_TYPE_, ' ', COALESCE(HANDLER_CFG_, ''), ' due ', COALESCE(DUEDATE_, 'now')) "
            + "FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND HANDLER_TYPE_ <> ? "
            + "AND (DUEDATE_ IS NULL OR DUEDATE_ <= UTC_TIMESTAMP())", HISTORY_CLEANUP),
        "no job due and not run");
    findings.expectNone("no job out of retries", db.column(
        "SELECT CONCAT(HANDLER_TYPE_, ' ', COALESCE(HANDLER_CFG_, ''), ': ', COALESCE(EXCEPTION_MSG_, '')) "
            + "FROM ACT_RU_JOB WHERE RETRIES_ = 0"), "no incident");
  }
}
