package com.griddesk.bench.timers;

import com.griddesk.bench.Args;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An SLA storm: {@code --timers} complaints' first-contact clocks run out at the same moment T, {@code --lead}
 * seconds from now, and the job executor of the running GridDesk node(s) must fire every timer: record the breach
 * on the clock and raise the first escalation level (gd_escalation, a 超时督办 task for the office's supervisors).
 *
 * <p>The complaints are seeded clones (bench_clone) still waiting at 联系客户 with their first-contact clock running.
 * Their timers' due dates are moved to T in SQL (ACT_RU_JOB.DUEDATE_), and their clocks' due_at with them, so that
 * the record stays coherent (breached at or after its deadline). Nothing else is touched: the engine finds the
 * jobs due as it finds any timer, and runs each through the model (breach, escalation throw, call of sla-escalation,
 * raise, task).
 *
 * <p>Measured until every clock is breached and its escalation exists (or {@code --timeout} seconds): the total time
 * from T to the last one, escalations per second over that time, and the lag of each timer (its successful run in
 * the engine's job log, whole seconds as MySQL stores it, minus T). Prints
 * {@code timers jobs= due_in_s= fired= escalations= failed= total_s= escalations_per_s= lag_p50_s= lag_p95_s=
 * lag_p99_s= lag_max_s=} and exits 1 when not every escalation was raised.
 */
public final class TimerStorm {

  private static final String ACTIVITY = "firstContactOverdue";

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int timers = args.getInt("timers", 20_000);
    int lead = args.getInt("lead", 20);
    int timeout = args.getInt("timeout", 1800);
    try (Connection db = DriverManager.getConnection(args.get("jdbc", "GD_JDBC_URL", null),
        args.get("db-user", "MYSQL_ROOT_USER", "root"), args.get("db-password", "MYSQL_ROOT_PASSWORD", ""))) {
      try (Statement sql = db.createStatement()) {
        sql.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      int run = pick(db, timers);
      String due = schedule(db, run, lead);
      boolean complete = await(db, run, due, timeout);
      report(db, run, due, lead);
      System.exit(complete ? 0 : 1);
    }
  }

  /** Chooses the complaints of this run; returns the run's number. */
  private static int pick(Connection db, int timers) throws SQLException {
    try (Statement sql = db.createStatement()) {
      String idType = idType(db);
      sql.execute("CREATE TABLE IF NOT EXISTS bench_timer_storm (job_id " + idType + " PRIMARY KEY,"
          + " case_id BIGINT NOT NULL, run INT NOT NULL, KEY ix_bench_timer_storm_run (run, case_id))");
      int run = (int) single(db, "SELECT COALESCE(MAX(run), 0) + 1 FROM bench_timer_storm");
      int picked = sql.executeUpdate("INSERT INTO bench_timer_storm (job_id, case_id, run)"
          + " SELECT j.ID_, c.new_case_id, " + run + " FROM bench_clone c"
          + " JOIN gd_case g ON g.id = c.new_case_id AND g.status = 'AWAITING_CONTACT'"
          + " JOIN gd_sla_clock k ON k.case_id = g.id AND k.clock = 'FIRST_CONTACT' AND k.state = 'RUNNING'"
          + " JOIN ACT_RU_JOB j ON j.PROCESS_INSTANCE_ID_ = c.new_root AND j.RETRIES_ > 0 AND j.LOCK_OWNER_ IS NULL"
          + " JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ AND d.ACT_ID_ = '" + ACTIVITY + "'"
          + " WHERE c.kind = 'OPEN' ORDER BY c.new_case_id LIMIT " + timers);
      if (picked < timers) {
        sql.execute("DELETE FROM bench_timer_storm WHERE run = " + run);
        throw new IllegalStateException("only " + picked + " seeded complaints wait at 联系客户 with a running clock;"
            + " seed at least " + timers + " open cases");
      }
      return run;
    }
  }

  /** Moves the run's timers and their clocks' deadlines to T = now + lead (database time, UTC as stored). */
  private static String schedule(Connection db, int run, int lead) throws SQLException {
    db.setAutoCommit(false);
    String due;
    try (Statement sql = db.createStatement()) {
      // As text: the database's UTC time, compared with the columns as stored, whatever the JVM's zone.
      due = (String) singleObject(db, "SELECT DATE_FORMAT(UTC_TIMESTAMP() + INTERVAL " + lead + " SECOND,"
          + " '%Y-%m-%d %H:%i:%s')");
      String at = "'" + due + "'";
      sql.executeUpdate("UPDATE ACT_RU_JOB j JOIN bench_timer_storm s ON s.job_id = j.ID_ SET j.DUEDATE_ = " + at
          + " WHERE s.run = " + run);
      sql.executeUpdate("UPDATE gd_sla_clock k JOIN bench_timer_storm s ON s.case_id = k.case_id SET k.due_at = " + at
          + " WHERE s.run = " + run + " AND k.clock = 'FIRST_CONTACT' AND k.state = 'RUNNING'");
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    long left = single(db, "SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), '" + due + "')");
    System.err.printf(Locale.ROOT, "storm %d: timers due at %s UTC, %d s from now%n", run, due, left);
    if (left <= 0) {
      System.err.println("WARNING: scheduling took longer than --lead; raise it so that T is still ahead");
    }
    return due;
  }

  /** Waits until every clock of the run is breached with its escalation raised; false on timeout. */
  private static boolean await(Connection db, int run, String due, int timeout) throws Exception {
    long total = single(db, "SELECT COUNT(*) FROM bench_timer_storm WHERE run = " + run);
    long deadline = System.currentTimeMillis() + (timeout + 60) * 1000L;
    long lastReport = 0;
    while (System.currentTimeMillis() < deadline) {
      long escalated = escalated(db, run);
      if (System.currentTimeMillis() - lastReport > 10_000) {
        System.err.printf(Locale.ROOT, "storm %d: %d of %d escalated%n", run, escalated, total);
        lastReport = System.currentTimeMillis();
      }
      if (escalated == total) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static long escalated(Connection db, int run) throws SQLException {
    return single(db, "SELECT COUNT(DISTINCT e.case_id) FROM bench_timer_storm s JOIN gd_escalation e"
        + " ON e.case_id = s.case_id AND e.clock = 'FIRST_CONTACT' AND e.escalation_level = 1 WHERE s.run = " + run);
  }

  private static void report(Connection db, int run, String due, int lead) throws SQLException {
    String at = "'" + due + "'";
    long jobs = single(db, "SELECT COUNT(*) FROM bench_timer_storm WHERE run = " + run);
    long breached = single(db, "SELECT COUNT(*) FROM bench_timer_storm s JOIN gd_sla_clock k ON k.case_id = s.case_id"
        + " AND k.clock = 'FIRST_CONTACT' AND k.state = 'BREACHED' WHERE s.run = " + run);
    long escalations = escalated(db, run);
    long failed = single(db, "SELECT COUNT(*) FROM bench_timer_storm s JOIN ACT_HI_JOB_LOG l ON l.JOB_ID_ = s.job_id"
        + " AND l.JOB_STATE_ = 1 WHERE s.run = " + run);
    List<Long> lags = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement("SELECT TIMESTAMPDIFF(SECOND, " + at + ", l.TIMESTAMP_)"
        + " FROM bench_timer_storm s JOIN ACT_HI_JOB_LOG l ON l.JOB_ID_ = s.job_id AND l.JOB_STATE_ = 2"
        + " WHERE s.run = " + run); ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        lags.add(rows.getLong(1));
      }
    }
    Collections.sort(lags);
    long last = single(db, "SELECT COALESCE(TIMESTAMPDIFF(SECOND, " + at + ", MAX(e.escalated_at)), -1)"
        + " FROM bench_timer_storm s JOIN gd_escalation e ON e.case_id = s.case_id AND e.clock = 'FIRST_CONTACT'"
        + " WHERE s.run = " + run);
    // The last escalation within second "last" after T: it took up to last + 1 seconds.
    double totalSeconds = last + 1;
    System.out.printf(Locale.ROOT, "timers jobs=%d due_in_s=%d fired=%d breached=%d escalations=%d failed=%d"
            + " total_s=%.0f escalations_per_s=%.0f lag_p50_s=%d lag_p95_s=%d lag_p99_s=%d lag_max_s=%d%n",
        jobs, lead, lags.size(), breached, escalations, failed, totalSeconds, escalations / totalSeconds,
        percentile(lags, 50), percentile(lags, 95), percentile(lags, 99), percentile(lags, 100));
  }

  private static long percentile(List<Long> sorted, double percentile) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  private static String idType(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet column = sql.executeQuery("SELECT character_set_name, collation_name FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND table_name = 'ACT_RU_JOB' AND column_name = 'ID_'")) {
      column.next();
      return "VARCHAR(64) CHARACTER SET " + column.getString(1) + " COLLATE " + column.getString(2);
    }
  }

  private static long single(Connection db, String query) throws SQLException {
    return ((Number) singleObject(db, query)).longValue();
  }

  private static Object singleObject(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getObject(1);
    }
  }
}
