package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Only the hotline, channel systems and administrators open cases; everyone else gets 403 and stores nothing. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class IntakePermissionTest {

  @Autowired
  Api api;

  @Autowired
  StoredCases stored;

  @ParameterizedTest
  @ValueSource(strings = {"handler-xc", "handler-hp", "supervisor", "callback", "auditor"})
  void staffOutsideIntakeCannotOpenCases(String user) {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response response = api.post(user, "/api/cases", CaseBodies.complaint(accountNo));

    assertThat(response.code()).as(response.toString()).isEqualTo(403);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("status").asInt()).isEqualTo(403);
    assertThat(stored.count(accountNo)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "demo"})
  void theHotlineAndAdministratorsOpenCases(String user) {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response response = api.post(user, "/api/cases", CaseBodies.complaint(accountNo));

    assertThat(response.code()).as(response.toString()).isEqualTo(201);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }
}
