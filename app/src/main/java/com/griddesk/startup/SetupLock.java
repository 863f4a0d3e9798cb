package com.griddesk.startup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that adds what is missing (the engine's groups and grants, the shared Tasklist filters) checks and
 * then writes; two nodes starting together on one database would both find it missing. Such work runs here: in one
 * transaction that first locks the row of gd_setup_lock, so the nodes take turns and the second sees what the first
 * committed. The engine's commands join the transaction (Camunda's Spring integration uses the same transaction
 * manager), so the whole setup commits or none of it does.
 */
@Component
public class SetupLock {

  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;

  public SetupLock(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
    this.transaction = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
  }

  public void exclusively(Runnable setup) {
    transaction.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT id FROM gd_setup_lock WHERE id = 1 FOR UPDATE", Integer.class);
      setup.run();
    });
  }
}
