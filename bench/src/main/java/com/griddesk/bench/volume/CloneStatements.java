package com.griddesk.bench.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The INSERT … SELECT per table that copies the template cases' rows into clones, built from the database's own
 * column lists (information_schema), so that every column of every table is accounted for. Each statement copies
 * the rows of one batch of clones ({@code bench_clone.batch = ?}); {@code c} is the clone, {@code src} the template's
 * row. Rows are inserted in the order of their new primary key, which follows every key already taken (the clone's
 * mark sorts after the engine's ids, GridDesk's ids are numbered upwards): the tables grow at their end, their
 * pages filled as the engine's own would be, not split half-empty all over.
 *
 * <p>Which rows belong to a template case:
 * <ul>
 *   <li>history tables: their ROOT_PROC_INST_ID_, the case's root process instance (the complaint's);</li>
 *   <li>runtime tables (executions, tasks, variables, jobs, event subscriptions): their process instance, one of
 *       the root's (the engine fills ROOT_PROC_INST_ID_ of runtime rows only on some);</li>
 *   <li>ACT_RU_IDENTITYLINK: its task; ACT_RU_AUTHORIZATION: its resource, a task or process instance of the case;</li>
 *   <li>ACT_GE_BYTEARRAY: the byte arrays that the case's variables, history and jobs refer to;</li>
 *   <li>gd_case: the case; other gd_* tables: their case_id.</li>
 * </ul>
 */
final class CloneStatements {

  /** Engine tables that hold nothing of a single case (definitions, filters, metrics, batches, CMMN). */
  static final Set<String> ENGINE_TABLES_NOT_PER_CASE = Set.of(
      "ACT_RU_JOBDEF", "ACT_RU_FILTER", "ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "ACT_RU_BATCH", "ACT_HI_BATCH",
      "ACT_RU_CASE_EXECUTION", "ACT_RU_CASE_SENTRY_PART", "ACT_HI_CASEINST", "ACT_HI_CASEACTINST");

  /** GridDesk tables with a case_id that are not the case's own rows, or that a clone must not copy. */
  static final Set<String> GRIDDESK_TABLES_NOT_CLONED = Set.of("gd_audit_log", "gd_audit_head");

  private static final String FROM_ROOT =
      " JOIN bench_clone c ON c.old_root = src.ROOT_PROC_INST_ID_";
  private static final String FROM_INSTANCE =
      " JOIN bench_template_instance i ON i.proc_inst_id = src.%s JOIN bench_clone c ON c.old_root = i.root";
  private static final String FROM_TASK =
      " JOIN bench_template_resource r ON r.resource_id = src.TASK_ID_ JOIN bench_clone c ON c.old_root = r.root";
  private static final String FROM_RESOURCE =
      " JOIN bench_template_resource r ON r.resource_id = src.RESOURCE_ID_ JOIN bench_clone c ON c.old_root = r.root";
  private static final String FROM_BYTEARRAY =
      " JOIN bench_template_bytearray b ON b.id = src.ID_ JOIN bench_clone c ON c.old_root = b.root";
  private static final String FROM_CASE = " JOIN bench_clone c ON c.template_case_id = src.id";
  private static final String FROM_CASE_CHILD = " JOIN bench_clone c ON c.template_case_id = src.case_id";

  /** One table's statement; {@code numberedIds} when its ids are max(id)+row number, read just before it runs. */
  record Statement(String table, String sql, boolean numberedIds) {
  }

  private CloneStatements() {
  }

  static List<Statement> build(Connection db) throws SQLException {
    Map<String, List<String[]>> columns = columns(db);
    List<Statement> statements = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> table : columns.entrySet()) {
      String name = table.getKey();
      if (name.startsWith("ACT_RU_") || name.startsWith("ACT_HI_") || name.equals("ACT_GE_BYTEARRAY")) {
        if (!ENGINE_TABLES_NOT_PER_CASE.contains(name)) {
          statements.add(engineTable(name, table.getValue()));
        }
      } else if (name.startsWith("gd_") && !GRIDDESK_TABLES_NOT_CLONED.contains(name)) {
        boolean perCase = name.equals("gd_case")
            || table.getValue().stream().anyMatch(column -> column[0].equals("case_id"));
        if (perCase) {
          statements.add(griddeskTable(name, table.getValue()));
        }
      }
    }
    return statements;
  }

  /** Table name to its columns (name, data type) in order, for the engine's and GridDesk's tables. */
  private static Map<String, List<String[]>> columns(Connection db) throws SQLException {
    Map<String, List<String[]>> columns = new LinkedHashMap<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND (table_name LIKE 'ACT\\_%' OR table_name LIKE 'gd\\_%')"
            + " ORDER BY table_name, ordinal_position");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        columns.computeIfAbsent(rows.getString(1), any -> new ArrayList<>())
            .add(new String[] {rows.getString(2), rows.getString(3).toLowerCase(java.util.Locale.ROOT)});
      }
    }
    return columns;
  }

  private static Statement engineTable(String table, List<String[]> columns) {
    String from;
    if (table.equals("ACT_RU_AUTHORIZATION")) {
      from = FROM_RESOURCE;
    } else if (table.equals("ACT_RU_IDENTITYLINK")) {
      from = FROM_TASK;
    } else if (table.equals("ACT_GE_BYTEARRAY")) {
      from = FROM_BYTEARRAY;
    } else if (table.startsWith("ACT_HI_") && has(columns, "ROOT_PROC_INST_ID_")) {
      from = FROM_ROOT;
    } else if (table.startsWith("ACT_RU_") && instanceColumn(columns) != null) {
      from = FROM_INSTANCE.formatted(instanceColumn(columns));
    } else {
      throw new IllegalStateException("no way to tell which rows of " + table + " belong to a case: classify it");
    }
    String insert = insertSelect(table, columns, column -> {
      String name = column[0];
      boolean ownId = CloneColumns.ENGINE_OWN_IDS.contains(name)
          || CloneColumns.ENGINE_OWN_IDS_OF_TABLE.contains(table + "." + name);
      if (ownId) {
        return marked("src." + name);
      } else if (CloneColumns.ENGINE_SHARED_IDS.contains(name)) {
        return "src." + name;
      } else if (CloneColumns.looksLikeEngineId(name)) {
        throw new IllegalStateException(table + "." + name + " looks like an id: classify it in CloneColumns");
      }
      return copied(column);
    });
    return new Statement(table, insert + from + " WHERE c.batch = ? ORDER BY c.new_case_id, src.ID_", false);
  }

  private static Statement griddeskTable(String table, List<String[]> columns) {
    boolean isCase = table.equals("gd_case");
    boolean numberedIds = !isCase && has(columns, "id");
    String insert = insertSelect(table, columns, column -> {
      String name = column[0];
      if (name.equals("id")) {
        // ? is the table's max(id) when the statement runs: clone ids follow every id already taken.
        return isCase ? "c.new_case_id" : "? + ROW_NUMBER() OVER (ORDER BY c.new_case_id, src.id)";
      } else if (name.equals("case_id")) {
        return "c.new_case_id";
      } else if (name.equals("case_no") && isCase) {
        return "c.new_case_no";
      } else if (name.equals("account_no")) {
        return "c.new_account_no";
      } else if (CloneColumns.GRIDDESK_ENGINE_IDS.contains(name)) {
        return marked("src." + name);
      } else if (CloneColumns.GRIDDESK_UNIQUE_VALUES.contains(name)) {
        return "CONCAT(c.mark, src." + name + ")";
      } else if (CloneColumns.GRIDDESK_SHARED_IDS.contains(name)) {
        return "src." + name;
      } else if (CloneColumns.looksLikeGridDeskId(name)) {
        throw new IllegalStateException(table + "." + name + " looks like an id: classify it in CloneColumns");
      }
      return copied(column);
    });
    return new Statement(table, insert + (isCase ? FROM_CASE : FROM_CASE_CHILD)
        + " WHERE c.batch = ? ORDER BY c.new_case_id" + (has(columns, "id") ? ", src.id" : ""), numberedIds);
  }

  /** "INSERT INTO table (columns) SELECT (each column's value) FROM table src", for the caller's FROM rest. */
  private static String insertSelect(String table, List<String[]> columns, Function<String[], String> valueOf) {
    StringJoiner names = new StringJoiner(", ");
    StringJoiner values = new StringJoiner(", ");
    for (String[] column : columns) {
      names.add(column[0]);
      values.add(valueOf.apply(column));
    }
    return "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table + " src";
  }

  /** A column that is no id: copied, the template's case number in its text replaced by the clone's. */
  private static String copied(String[] column) {
    return CloneColumns.isText(column[1]) ? "REPLACE(src." + column[0] + ", c.old_case_no, c.new_case_no)"
        : "src." + column[0];
  }

  /**
   * The clone's id for a template's id: the mark in front. Ids are at most 64 characters; a long one (an activity
   * instance id, "activityId:" and a UUID) keeps its end, which holds the UUID that makes it unique.
   */
  static String marked(String column) {
    return "CONCAT(c.mark, RIGHT(" + column + ", 64 - CHAR_LENGTH(c.mark)))";
  }

  /** The column naming a runtime row's process instance. */
  static String instanceColumn(List<String[]> columns) {
    return has(columns, "PROC_INST_ID_") ? "PROC_INST_ID_"
        : has(columns, "PROCESS_INSTANCE_ID_") ? "PROCESS_INSTANCE_ID_" : null;
  }

  /**
   * Checks, for every history table, that no row of a template's process instance lacks its root: such a row would
   * be left out of the copies. Needs bench_template_instance.
   */
  static void refuseRootlessHistory(Connection db) throws SQLException {
    for (Map.Entry<String, List<String[]>> table : columns(db).entrySet()) {
      String instance = instanceColumn(table.getValue());
      if (!table.getKey().startsWith("ACT_HI_") || instance == null || !has(table.getValue(), "ROOT_PROC_INST_ID_")) {
        continue;
      }
      try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM " + table.getKey() + " x"
          + " JOIN bench_template_instance i ON i.proc_inst_id = x." + instance + " WHERE x.ROOT_PROC_INST_ID_ IS NULL");
          ResultSet count = query.executeQuery()) {
        count.next();
        if (count.getLong(1) > 0) {
          throw new IllegalStateException(table.getKey() + " has " + count.getLong(1)
              + " rows of template instances without ROOT_PROC_INST_ID_: they would not be cloned");
        }
      }
    }
  }

  private static boolean has(List<String[]> columns, String name) {
    return columns.stream().anyMatch(column -> column[0].equals(name));
  }
}
