package com.griddesk.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a test's requests left in gd_case, found by the test's own account number. */
@Component
public class StoredCases {

  private final JdbcTemplate jdbc;

  public StoredCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases with this account number, or whose description carries its {@link CaseBodies#marker marker}. */
  public long count(String accountNo) {
    Long count = jdbc.queryForObject("select count(*) from gd_case where account_no = ? or description like ?",
        Long.class, accountNo, "%" + CaseBodies.marker(accountNo) + "%");
    return count == null ? 0 : count;
  }
}
