package com.griddesk.bench.baseline;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Camunda's engine on its own, configured as GridDesk configures it where that costs per case, and bare where
 * GridDesk adds its own work: full history, ids from the same generator as the Spring Boot starter's default,
 * on a HikariCP pool with Spring Boot's defaults (10 connections), READ_COMMITTED and Connector/J's statement
 * cache as in application-mysql.yml; no job executor (no timer is due during a run), no authorization checks, no
 * listeners. The engine creates its own tables: the baseline needs none of GridDesk's schema.
 */
public final class BaselineEngine implements AutoCloseable {

  private final HikariDataSource pool;
  private final ProcessEngine engine;

  public BaselineEngine(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("baseline");
    config.setJdbcUrl(withCurrentCatalog(jdbcUrl));
    config.setUsername(user);
    config.setPassword(password);
    // Spring Boot's Hikari defaults, which GridDesk keeps, and the isolation GridDesk sets (the engine refuses
    // MariaDB's default REPEATABLE READ).
    config.setMaximumPoolSize(10);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Connector/J's statement cache as application-mysql.yml sets it: the engine's statements are long to parse.
    config.addDataSourceProperty("cachePrepStmts", "true");
    config.addDataSourceProperty("prepStmtCacheSize", "500");
    config.addDataSourceProperty("prepStmtCacheSqlLimit", "65536");
    pool = new HikariDataSource(config);

    StandaloneProcessEngineConfiguration engineConfig = new StandaloneProcessEngineConfiguration();
    engineConfig.setProcessEngineName("baseline");
    engineConfig.setDataSource(pool);
    engineConfig.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    engineConfig.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    engineConfig.setJobExecutorActivate(false);
    engineConfig.setAuthorizationEnabled(false);
    engineConfig.setIdGenerator(new StrongUuidGenerator());
    engine = engineConfig.buildProcessEngine();
  }

  /**
   * Connector/J looks for tables in every database of the server unless told otherwise, so the engine would take
   * another database's Camunda tables for its own and create none.
   */
  private static String withCurrentCatalog(String jdbcUrl) {
    if (jdbcUrl.contains("nullCatalogMeansCurrent")) {
      return jdbcUrl;
    }
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "nullCatalogMeansCurrent=true";
  }

  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
    pool.close();
  }
}
