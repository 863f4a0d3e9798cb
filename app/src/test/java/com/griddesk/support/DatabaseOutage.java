package com.griddesk.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets a test take the database away: the application's DataSource is wrapped so that, between {@link #begin()}
 * and {@link #end()}, every new connection is refused as Hikari refuses it when the server is down and no pooled
 * connection comes within its timeout (SQLTransientConnectionException). Connections already taken stay usable.
 * Outside an outage the wrapper only passes calls on, so every test shares it (and the one Spring context).
 */
@Component
public class DatabaseOutage implements BeanPostProcessor {

  private volatile boolean down;

  public void begin() {
    down = true;
  }

  public void end() {
    down = false;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof Switchable)) {
      return new Switchable(dataSource);
    }
    return bean;
  }

  private final class Switchable extends DelegatingDataSource {

    Switchable(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      refuseWhileDown();
      return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      refuseWhileDown();
      return super.getConnection(username, password);
    }

    private void refuseWhileDown() throws SQLTransientConnectionException {
      if (down) {
        throw new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms (test outage)");
      }
    }
  }
}
