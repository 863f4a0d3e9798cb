package com.griddesk.bench.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One database of the drills' MySQL/MariaDB server, reached as bench/lib.sh reaches it (MYSQL_HOST, MYSQL_PORT,
 * MYSQL_ROOT_USER, MYSQL_ROOT_PASSWORD). The checks only read.
 */
final class DrillDatabase implements AutoCloseable {

  private final Connection connection;

  private DrillDatabase(Connection connection) {
    this.connection = connection;
  }

  static DrillDatabase open(String name) throws SQLException {
    String url = "jdbc:mysql://" + env("MYSQL_HOST", "127.0.0.1") + ":" + env("MYSQL_PORT", "3306") + "/" + name
        + "?useUnicode=true&characterEncoding=UTF-8&sendFractionalSeconds=false&serverTimezone=UTC"
        + "&allowPublicKeyRetrieval=true&useSSL=false";
    Connection connection = DriverManager.getConnection(url, env("MYSQL_ROOT_USER", "root"),
        env("MYSQL_ROOT_PASSWORD", ""));
    connection.setReadOnly(true);
    // One snapshot for all of a check's queries, so that they agree with each other while nodes keep writing.
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setAutoCommit(false);
    return new DrillDatabase(connection);
  }

  /** The rows of a query, each column as a string (null stays null). */
  List<String[]> rows(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        List<String[]> rows = new ArrayList<>();
        while (result.next()) {
          String[] row = new String[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getString(c + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** The first column of a query's rows. */
  List<String> column(String sql, Object... parameters) throws SQLException {
    return rows(sql, parameters).stream().map(row -> row[0]).toList();
  }

  /** A query of one number (a count). */
  long number(String sql, Object... parameters) throws SQLException {
    return Long.parseLong(rows(sql, parameters).get(0)[0]);
  }

  @Override
  public void close() throws SQLException {
    connection.rollback();
    connection.close();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() && !name.endsWith("PASSWORD") ? fallback : value;
  }
}
