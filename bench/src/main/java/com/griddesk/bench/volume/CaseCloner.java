package com.griddesk.bench.volume;

import com.griddesk.bench.Args;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seeds a GridDesk database with cases by copying template cases (made through the API by TemplateCases) in SQL,
 * until it holds {@code --open} open and {@code --closed} closed cases (GridDesk's status; templates included).
 * Every clone is a complete case: its gd_case row and the rows of its clocks, feedback, survey and idempotency
 * key, its process instances with their executions, tasks, identity links, task authorizations, variables and
 * jobs, and its whole history. Ids that name the case's own rows get the clone's mark in front ("z", the clone's
 * case id in 7 digits, "-": unique per clone, and after every id the engine makes, so the tables grow at their end), the case number and account number are the clone's own (CloneStatements, CloneColumns).
 *
 * <p>{@code --register=FILE} first records the templates TemplateCases listed ("caseNo OPEN|CLOSED"). The clones are
 * written in batches of {@code --batch} cases, each batch in one transaction, so the database is consistent after
 * every batch. Clones are recorded in bench_clone (the timer benchmark picks its cases there). GridDesk's audit log
 * is not cloned, nor the routing table's decisions (not linked to a process instance by the engine).
 *
 * <p>Prints {@code seeded open= closed= clones= rows= seconds= rows_per_s=}.
 */
public final class CaseCloner {

  private final Connection db;
  private final String idType;

  private CaseCloner(Connection db) throws SQLException {
    this.db = db;
    this.idType = engineIdType();
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String url = args.get("jdbc", "GD_JDBC_URL", null);
    try (Connection db = DriverManager.getConnection(url + "&rewriteBatchedStatements=true",
        args.get("db-user", "MYSQL_ROOT_USER", "root"), args.get("db-password", "MYSQL_ROOT_PASSWORD", ""))) {
      CaseCloner cloner = new CaseCloner(db);
      cloner.prepare();
      String register = args.get("register", "");
      if (!register.isEmpty()) {
        cloner.register(Path.of(register));
      }
      cloner.seed(args.getLong("open", 50_000), args.getLong("closed", 250_000), args.getInt("batch", 5000),
          !args.get("analyze", "true").equals("false"));
    }
  }

  /** The bench's own tables beside GridDesk's; ids in the engine's character set, so joins use its indexes. */
  private void prepare() throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
      // The copies are consistent as a whole; checking each row's foreign keys one by one would only cost time.
      sql.execute("SET SESSION foreign_key_checks = 0");
      sql.execute("CREATE TABLE IF NOT EXISTS bench_template (case_id BIGINT PRIMARY KEY, kind VARCHAR(8) NOT NULL,"
          + " root " + idType + " NOT NULL, case_no VARCHAR(32) NOT NULL)");
      sql.execute("CREATE TABLE IF NOT EXISTS bench_clone (new_case_id BIGINT PRIMARY KEY,"
          + " template_case_id BIGINT NOT NULL, kind VARCHAR(8) NOT NULL, batch INT NOT NULL, mark " + idType
          + " NOT NULL, old_root " + idType + " NOT NULL, new_root " + idType + " NOT NULL,"
          + " old_case_no VARCHAR(32) NOT NULL, new_case_no VARCHAR(32) NOT NULL, new_account_no VARCHAR(32) NOT NULL,"
          + " KEY ix_bench_clone_batch (batch), KEY ix_bench_clone_root (old_root), KEY ix_bench_clone_new_root (new_root))");
    }
  }

  private String engineIdType() throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet column = sql.executeQuery("SELECT character_set_name, collation_name FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND table_name = 'ACT_HI_PROCINST' AND column_name = 'ID_'")) {
      if (!column.next()) {
        throw new IllegalStateException("no engine tables in this database: start GridDesk on it first");
      }
      return "VARCHAR(64) CHARACTER SET " + column.getString(1) + " COLLATE " + column.getString(2);
    }
  }

  /** Records the templates listed in the file: "caseNo OPEN" (waiting at 联系客户) or "caseNo CLOSED". */
  private void register(Path file) throws IOException, SQLException {
    int registered = 0;
    try (PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO bench_template (case_id, kind, root, case_no)"
        + " SELECT id, ?, process_instance_id, case_no FROM gd_case WHERE case_no = ?"
        + " AND (status = 'CLOSED') = (? = 'CLOSED')")) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        insert.setString(1, parts[1]);
        insert.setString(2, parts[0]);
        insert.setString(3, parts[1]);
        if (insert.executeUpdate() == 0 && !alreadyRegistered(parts[0])) {
          throw new IllegalStateException("template " + parts[0] + " is not a " + parts[1] + " case");
        }
        registered++;
      }
    }
    refuseUnclonableTemplates();
    System.err.println("templates registered: " + registered);
  }

  private boolean alreadyRegistered(String caseNo) throws SQLException {
    return count("SELECT COUNT(*) FROM bench_template WHERE case_no = '" + caseNo + "'") > 0;
  }

  /**
   * Templates must hold only what the clone rules know how to copy: no escalations, urges or pauses (their ids
   * live on in process variables), no incidents (their configuration names a job), no outage incident.
   */
  private void refuseUnclonableTemplates() throws SQLException {
    Map<String, String> checks = Map.of(
        "escalations", "SELECT COUNT(*) FROM gd_escalation x JOIN bench_template t ON t.case_id = x.case_id",
        "urges", "SELECT COUNT(*) FROM gd_case_urge x JOIN bench_template t ON t.case_id = x.case_id",
        "pauses", "SELECT COUNT(*) FROM gd_clock_pause x JOIN bench_template t ON t.case_id = x.case_id",
        "outages", "SELECT COUNT(*) FROM gd_case x JOIN bench_template t ON t.case_id = x.id WHERE x.outage_id IS NOT NULL",
        "incidents", "SELECT COUNT(*) FROM ACT_HI_INCIDENT x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_");
    for (Map.Entry<String, String> check : checks.entrySet()) {
      long found = count(check.getValue());
      if (found > 0) {
        throw new IllegalStateException("templates with " + check.getKey() + " (" + found + "): make new templates");
      }
    }
  }

  private void seed(long openTarget, long closedTarget, int batchSize, boolean analyze) throws SQLException {
    long start = System.nanoTime();
    long openNow = count("SELECT COUNT(*) FROM gd_case WHERE status <> 'CLOSED'");
    long closedNow = count("SELECT COUNT(*) FROM gd_case WHERE status = 'CLOSED'");
    long openMissing = Math.max(0, openTarget - openNow);
    long closedMissing = Math.max(0, closedTarget - closedNow);
    if (openMissing + closedMissing == 0) {
      System.out.printf(Locale.ROOT, "seeded open=%d closed=%d clones=0 rows=0 seconds=0.0 rows_per_s=0%n",
          openNow, closedNow);
      return;
    }
    refuseUnclonableTemplates();
    List<CloneStatements.Statement> statements = CloneStatements.build(db);
    templateRowIndex();
    try (Statement sql = db.createStatement()) {
      // Clones planned by a run that failed before their batch committed: planned again below.
      sql.execute("DELETE c FROM bench_clone c LEFT JOIN gd_case g ON g.id = c.new_case_id WHERE g.id IS NULL");
    }
    int firstBatch = (int) count("SELECT COALESCE(MAX(batch), 0) + 1 FROM bench_clone");
    int lastBatch = planClones(openMissing, closedMissing, batchSize, firstBatch);
    Map<String, Long> rowsPerTable = new TreeMap<>();
    long rows = 0;
    db.setAutoCommit(false);
    for (int batch = firstBatch; batch <= lastBatch; batch++) {
      for (CloneStatements.Statement statement : statements) {
        try (PreparedStatement insert = db.prepareStatement(statement.sql())) {
          int parameter = 1;
          if (statement.numberedIds()) {
            insert.setLong(parameter++, count("SELECT COALESCE(MAX(id), 0) FROM " + statement.table()));
          }
          insert.setInt(parameter, batch);
          long inserted = insert.executeUpdate();
          rowsPerTable.merge(statement.table(), inserted, Long::sum);
          rows += inserted;
        } catch (SQLException e) {
          db.rollback();
          throw new SQLException("cloning into " + statement.table() + " failed: " + e.getMessage(), e);
        }
      }
      db.commit();
      System.err.printf(Locale.ROOT, "batch %d of %d: %d rows so far, %.0f s%n", batch - firstBatch + 1,
          lastBatch - firstBatch + 1, rows, (System.nanoTime() - start) / 1e9);
    }
    db.setAutoCommit(true);
    if (analyze) {
      analyze(rowsPerTable.keySet());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    rowsPerTable.forEach((table, inserted) -> System.err.println("  " + table + ": " + inserted));
    System.out.printf(Locale.ROOT, "seeded open=%d closed=%d clones=%d rows=%d seconds=%.1f rows_per_s=%.0f%n",
        count("SELECT COUNT(*) FROM gd_case WHERE status <> 'CLOSED'"),
        count("SELECT COUNT(*) FROM gd_case WHERE status = 'CLOSED'"), openMissing + closedMissing, rows, seconds,
        rows / seconds);
  }

  /** Which engine rows are the templates': their process instances, tasks and byte arrays, each with its root. */
  private void templateRowIndex() throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS bench_template_instance, bench_template_resource, bench_template_bytearray");
      sql.execute("CREATE TABLE bench_template_instance (proc_inst_id " + idType + " PRIMARY KEY, root " + idType
          + " NOT NULL)");
      sql.execute("INSERT INTO bench_template_instance SELECT p.ID_, p.ROOT_PROC_INST_ID_ FROM ACT_HI_PROCINST p"
          + " JOIN bench_template t ON t.root = p.ROOT_PROC_INST_ID_");
      sql.execute("CREATE TABLE bench_template_resource (resource_id " + idType + " PRIMARY KEY, root " + idType
          + " NOT NULL)");
      sql.execute("INSERT INTO bench_template_resource SELECT proc_inst_id, root FROM bench_template_instance");
      sql.execute("INSERT INTO bench_template_resource SELECT h.ID_, h.ROOT_PROC_INST_ID_ FROM ACT_HI_TASKINST h"
          + " JOIN bench_template t ON t.root = h.ROOT_PROC_INST_ID_");
      sql.execute("CREATE TABLE bench_template_bytearray (id " + idType + " PRIMARY KEY, root " + idType
          + " NOT NULL)");
      String[] references = {
          "SELECT v.BYTEARRAY_ID_ AS id, i.root AS root FROM ACT_RU_VARIABLE v JOIN bench_template_instance i ON i.proc_inst_id = v.PROC_INST_ID_",
          "SELECT j.EXCEPTION_STACK_ID_ AS id, i.root AS root FROM ACT_RU_JOB j JOIN bench_template_instance i ON i.proc_inst_id = j.PROCESS_INSTANCE_ID_",
          "SELECT x.BYTEARRAY_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_VARINST x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_",
          "SELECT x.BYTEARRAY_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_DETAIL x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_",
          "SELECT x.BYTEARRAY_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_DEC_IN x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_",
          "SELECT x.BYTEARRAY_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_DEC_OUT x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_",
          "SELECT x.JOB_EXCEPTION_STACK_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_JOB_LOG x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_",
          "SELECT x.CONTENT_ID_ AS id, x.ROOT_PROC_INST_ID_ AS root FROM ACT_HI_ATTACHMENT x JOIN bench_template t ON t.root = x.ROOT_PROC_INST_ID_"};
      for (String reference : references) {
        sql.execute("INSERT IGNORE INTO bench_template_bytearray SELECT r.id, r.root FROM (" + reference + ") r"
            + " WHERE r.id IS NOT NULL");
      }
    }
    CloneStatements.refuseRootlessHistory(db);
  }

  /**
   * Writes the clones to make into bench_clone: clone k of a kind copies template k mod (templates of the kind);
   * case ids follow the highest taken; the case number is the template's prefix and day with the clone's id, as
   * GridDesk numbers cases (CaseNumbers). Returns the last batch.
   */
  private int planClones(long open, long closed, int batchSize, int firstBatch) throws SQLException {
    long nextId = count("SELECT COALESCE(MAX(id), 0) + 1 FROM gd_case");
    long made = 0;
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_clone (new_case_id, template_case_id, kind,"
        + " batch, mark, old_root, new_root, old_case_no, new_case_no, new_account_no) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      for (String kind : List.of("OPEN", "CLOSED")) {
        long wanted = kind.equals("OPEN") ? open : closed;
        if (wanted == 0) {
          continue;
        }
        List<Object[]> templates = new ArrayList<>();
        try (Statement sql = db.createStatement();
            ResultSet rows = sql.executeQuery("SELECT case_id, root, case_no FROM bench_template WHERE kind = '" + kind
                + "' ORDER BY case_id")) {
          while (rows.next()) {
            templates.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
          }
        }
        if (templates.isEmpty()) {
          throw new IllegalStateException("no " + kind + " templates registered: run TemplateCases and --register");
        }
        for (long k = 0; k < wanted; k++, made++) {
          Object[] template = templates.get((int) (k % templates.size()));
          long id = nextId + made;
          String mark = String.format("z%07d-", id);
          String caseNo = (String) template[2];
          String prefixAndDay = caseNo.substring(0, caseNo.length() - Math.max(6, Long.toString((Long) template[0]).length()));
          insert.setLong(1, id);
          insert.setLong(2, (Long) template[0]);
          insert.setString(3, kind);
          insert.setInt(4, firstBatch + (int) (made / batchSize));
          insert.setString(5, mark);
          insert.setString(6, (String) template[1]);
          insert.setString(7, mark + template[1]); // a process instance id is a UUID: short enough for any mark
          insert.setString(8, caseNo);
          insert.setString(9, prefixAndDay + String.format("%06d", id));
          insert.setString(10, String.format("9%015d", id));
          insert.addBatch();
          if (made % 10_000 == 9_999) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
    return firstBatch + (int) ((made - 1) / batchSize);
  }

  /** Fresh index statistics after a bulk load, as after any large import, so plans reflect the volume. */
  private void analyze(Iterable<String> tables) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String table : tables) {
        sql.execute("ANALYZE TABLE " + table);
      }
    }
  }

  private long count(String query) throws SQLException {
    try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
