package com.griddesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database errors mean "the request's value cannot be stored", however deeply they are wrapped. */
class UnstorableValueTest {

  @Test
  void dataExceptionsAndMysqlsIncorrectStringValueAreTheClients() {
    assertThat(UnstorableValue.isCause(new SQLDataException("too long"))).isTrue();
    assertThat(UnstorableValue.isCause(new RuntimeException("wrapped", new RuntimeException(
        new SQLException("Value too long for column \"NAME_ CHARACTER VARYING(255)\"", "22001"))))).isTrue();
    assertThat(UnstorableValue.isCause(new DataIntegrityViolationException("flush",
        new SQLException("Incorrect string value: '\\xF0\\xA0\\x9C\\x8E' for column `NAME_`", "HY000", 1366))))
        .isTrue();
    assertThat(UnstorableValue.isCause(new SQLException(
        "Illegal mix of collations (utf8mb3_bin,IMPLICIT) and (utf8mb4_general_ci,COERCIBLE) for operation '='",
        "HY000", 1267))).isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(UnstorableValue.isCause(new SQLIntegrityConstraintViolationException("duplicate", "23000", 1062)))
        .isFalse();
    assertThat(UnstorableValue.isCause(new SQLException("deadlock", "40001", 1213))).isFalse();
    assertThat(UnstorableValue.isCause(new SQLException("other", "HY000", 1205))).isFalse();
    assertThat(UnstorableValue.isCause(new IllegalStateException("no database at all"))).isFalse();
  }
}
