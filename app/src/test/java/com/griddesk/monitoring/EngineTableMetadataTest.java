package com.griddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.GridDeskTest;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.TableMetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine reads its own tables' columns at every start (before it creates the history cleanup job). On MySQL
 * and MariaDB the driver read those of every database on the server by default, so another database with engine
 * tables was read too, and one of its tables under DDL at that moment (a restore into a second database, another
 * application's migration) failed GridDesk's start. Only this database may be read. On H2 the database is the
 * connection's own: there is no other to create, and the test only sees the engine read its table.
 */
@GridDeskTest
class EngineTableMetadataTest {

  private static final String OTHER_COLUMN = "OTHER_DATABASE_ONLY_";

  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void readsTheColumnsOfItsOwnDatabaseOnly() {
    String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    boolean mysql = product.toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
    String other = jdbc.execute((ConnectionCallback<String>) c -> c.getCatalog()) + "_other";
    if (mysql) {
      jdbc.execute("CREATE DATABASE IF NOT EXISTS `" + other + "`");
      jdbc.execute("CREATE TABLE IF NOT EXISTS `" + other + "`.ACT_RU_JOB (ID_ VARCHAR(64), " + OTHER_COLUMN + " INT)");
    }
    try {
      TableMetaData job = managementService.getTableMetaData("ACT_RU_JOB");

      assertThat(job.getColumnNames()).contains("ID_", "DUEDATE_", "LOCK_OWNER_")
          .doesNotContain(OTHER_COLUMN).doesNotHaveDuplicates();
    } finally {
      if (mysql) {
        jdbc.execute("DROP DATABASE IF EXISTS `" + other + "`");
      }
    }
  }
}
