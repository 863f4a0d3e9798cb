package com.griddesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which errors mean "the database cannot be reached", however the layers above wrapped them. */
class DatabaseUnavailableTest {

  @Test
  void noConnectionFromThePoolAndLostConnectionsAreUnavailability() {
    assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("persistence",
        new RuntimeException(new SQLException("Communications link failure", "08S01"))))).isTrue();
  }

  @Test
  void aRollbackOnAConnectionThePoolClosedIsUnavailability() throws Exception {
    // When the server goes away in the middle of a transaction, Hikari closes the broken connection, the rollback
    // fails on it, and Spring throws that failure instead of the original one.
    SQLException closed;
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:h2:mem:closed-connection");
      Connection connection = pool.getConnection();
      connection.close();
      closed = (SQLException) catchThrowable(connection::rollback);
    }

    assertThat((Throwable) closed).hasMessage("Connection is closed");
    assertThat(DatabaseUnavailable.isCause(new JpaSystemException(
        new TransactionException("Unable to rollback against JDBC Connection", closed)))).isTrue();
  }

  @Test
  void otherErrorsAreNot() {
    assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
        new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new SQLException("Connection is closed"))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
  }
}
