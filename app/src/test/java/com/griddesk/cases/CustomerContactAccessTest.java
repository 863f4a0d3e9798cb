package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * GET /api/cases/{caseNo}/contact gives the customer's name and phone in clear text only to those who must call
 * the customer: the case's handling unit, supervisors, the callback team and administrators.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class CustomerContactAccessTest {

  @Autowired
  Api api;

  String accountNo;
  String xcCase;

  @BeforeEach
  void openACaseForTheXcOffice() {
    accountNo = CaseBodies.uniqueAccountNo();
    xcCase = api.openCase(CaseBodies.complaint(accountNo, "XC")).path("caseNo").asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"handler-xc", "supervisor", "callback", "demo"})
  void whoCallsTheCustomerReadsTheContactInClear(String user) {
    Api.Response contact = api.get(user, "/api/cases/" + xcCase + "/contact");

    assertThat(contact.code()).as(contact.toString()).isEqualTo(200);
    assertThat(contact.json().path("accountNo").asText()).isEqualTo(accountNo);
    assertThat(contact.json().path("name").asText()).isEqualTo(CaseBodies.NAME);
    assertThat(contact.json().path("phone").asText()).isEqualTo(CaseBodies.PHONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "auditor"})
  void readersOfAllCasesWhoDoNotCallTheCustomerAreRefused(String user) {
    assertThat(api.get(user, "/api/cases/" + xcCase).code()).as("may read the case itself").isEqualTo(200);

    Api.Response contact = api.get(user, "/api/cases/" + xcCase + "/contact");

    assertThat(contact.code()).as(contact.toString()).isEqualTo(403);
    assertThat(contact.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(contact.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE);
  }

  @Test
  void anotherHandlingUnitDoesNotLearnTheCaseExists() {
    Api.Response contact = api.get("handler-hp", "/api/cases/" + xcCase + "/contact");

    assertThat(contact.code()).as(contact.toString()).isEqualTo(404);
    assertThat(contact.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE);
  }
}
