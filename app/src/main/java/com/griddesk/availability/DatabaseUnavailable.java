package com.griddesk.availability;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an error that means "the database cannot be reached" (server down, connection refused or lost, no pooled
 * connection within the pool's timeout, a connection that broke in the middle of a transaction) from every other
 * error. Spring, Hibernate, MyBatis and the engine wrap
 * the driver's exception in their own, so the whole cause chain is searched.
 */
public final class DatabaseUnavailable {

  /** SQLSTATE class 08: connection exception (e.g. MySQL's 08S01, communications link failure). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  /** Hikari's stand-in for a pooled connection it has closed. */
  private static final String CLOSED_POOLED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

  private DatabaseUnavailable() {}

  public static boolean isCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isUnavailability(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnavailability(Throwable t) {
    if (fromClosedPooledConnection(t)) {
      return true;
    }
    if (t instanceof CannotCreateTransactionException
        || t instanceof DataAccessResourceFailureException
        || t instanceof JDBCConnectionException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException) {
      return true;
    }
    return t instanceof SQLException sql && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
  }

  /**
   * Hikari's "Connection is closed": the pool closed the connection after it broke (the server went away in the
   * middle of a transaction), and the rollback that followed failed on it. Spring then throws the rollback's
   * error instead of the original one ("Application exception overridden by rollback exception"), so this is all
   * that is left of the outage. It carries no SQLSTATE; it is known by where it comes from.
   */
  private static boolean fromClosedPooledConnection(Throwable t) {
    StackTraceElement[] frames = t.getStackTrace();
    return t instanceof SQLException && frames.length > 0
        && frames[0].getClassName().startsWith(CLOSED_POOLED_CONNECTION);
  }
}
