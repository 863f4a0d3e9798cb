package com.griddesk.web;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells whether an error is the database refusing a value a request brought (too long for its column, or
 * characters the column's character set cannot hold or compare, such as a supplementary character in one of the
 * engine's utf8 columns on MySQL). GridDesk checks its own inputs first; this catches what reaches the database anyway,
 * e.g. through the engine's REST API, so that the client is told its value was refused instead of getting a 500.
 */
public final class UnstorableValue {

  /** SQLSTATE class 22: data exception (string too long, value out of range, invalid datetime...). */
  private static final String DATA_EXCEPTION_CLASS = "22";
  /**
   * MySQL/MariaDB errors reported with SQLSTATE HY000: 1366 "Incorrect string value" (a value the column's
   * character set cannot hold); 1267, 1270, 1271 "Illegal mix of collations" (a 4-byte character compared with a
   * utf8 column, e.g. in a query of the engine's tables).
   */
  private static final Set<Integer> MYSQL_CHARACTER_ERRORS = Set.of(1366, 1267, 1270, 1271);

  private UnstorableValue() {}

  public static boolean isCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLDataException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null
          && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)
          || MYSQL_CHARACTER_ERRORS.contains(sql.getErrorCode()) && "HY000".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
