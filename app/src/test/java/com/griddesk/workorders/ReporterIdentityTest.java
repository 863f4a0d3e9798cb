package com.griddesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.ReporterIdentity;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * A reporter's name, phone and account number are known only to the supervisors of the office that handles the
 * report and to the auditors. Everyone else who reads the report sees it without its reporter, cannot read the
 * contact, and cannot find the report by the reporter's account number.
 */
@GridDeskTest
@ExtendWith({FixedEngineTime.class, OutputCaptureExtension.class})
class ReporterIdentityTest {

  /** In the central supervisors' group only: reads every case, supervises no office. */
  static final String CENTRAL_SUPERVISOR = "supervisor-central";
  /** A supervisor of 和平供电所, not of 西城供电所. */
  static final String HP_SUPERVISOR = "supervisor-hp-only";

  @Autowired Api api;
  @Autowired IdentityService identityService;

  String accountNo;
  String report;
  String complaint;
  JsonNode created;

  @BeforeEach
  void openAReportAndAComplaintOfTheSameCustomer() {
    ensureUser(CENTRAL_SUPERVISOR, List.of("supervisors"));
    ensureUser(HP_SUPERVISOR, List.of("supervisors", "supervisors-hp"));
    accountNo = CaseBodies.uniqueAccountNo();
    created = api.openCase(WorkOrders.body("REPORT", "STAFF_MISCONDUCT", accountNo, "XC"));
    report = created.path("caseNo").asText();
    complaint = api.openCase(CaseBodies.complaint(accountNo, "XC")).path("caseNo").asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"supervisor", "auditor"})
  void theOfficesSupervisorsAndTheAuditorsKnowTheReporter(String user) {
    JsonNode customer = api.get(user, "/api/cases/" + report).json().path("customer");
    assertThat(customer.path("accountNo").asText()).isEqualTo(accountNo);
    assertThat(customer.path("name").asText()).isEqualTo("张*");
    assertThat(customer.path("phone").asText()).isEqualTo("138****5678");

    Api.Response contact = api.get(user, "/api/cases/" + report + "/contact");
    assertThat(contact.code()).as(contact.toString()).isEqualTo(200);
    assertThat(contact.json().path("name").asText()).isEqualTo(CaseBodies.NAME);
    assertThat(contact.json().path("phone").asText()).isEqualTo(CaseBodies.PHONE);
    assertThat(contact.json().path("accountNo").asText()).isEqualTo(accountNo);
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "handler-xc", "callback", "demo", CENTRAL_SUPERVISOR, HP_SUPERVISOR})
  void everyoneElseReadsTheReportWithoutItsReporter(String user) {
    Api.Response read = api.get(user, "/api/cases/" + report);
    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    JsonNode customer = read.json().path("customer");
    assertThat(customer.path("name").asText()).isEqualTo(ReporterIdentity.WITHHELD);
    assertThat(customer.path("accountNo").isNull()).isTrue();
    assertThat(customer.path("phone").isNull()).isTrue();
    assertThat(read.body()).doesNotContain(accountNo, "张*", "5678");
    assertThat(read.json().path("subject").asText()).isNotBlank();

    Api.Response contact = api.get(user, "/api/cases/" + report + "/contact");
    assertThat(contact.code()).as(contact.toString()).isEqualTo(403);
    assertThat(contact.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(contact.body()).doesNotContain(accountNo, CaseBodies.NAME, CaseBodies.PHONE);
  }

  @Test
  void theAgentWhoOpensTheReportGetsItBackWithoutTheReporter() {
    assertThat(created.path("customer").path("name").asText()).isEqualTo(ReporterIdentity.WITHHELD);
    assertThat(created.path("customer").path("accountNo").isNull()).isTrue();
  }

  @Test
  void anotherOfficesHandlersDoNotLearnTheReportExists() {
    assertThat(api.get("handler-hp", "/api/cases/" + report).code()).isEqualTo(404);
    assertThat(api.get("handler-hp", "/api/cases/" + report + "/contact").code()).isEqualTo(404);
  }

  @Test
  void theSupervisorsOfTheOtherOfficeKnowTheReportersOfTheirOwnReports() {
    String hpReport = api.openCase(WorkOrders.body("REPORT", "OTHER", CaseBodies.uniqueAccountNo(), "HP"))
        .path("caseNo").asText();

    assertThat(api.get(HP_SUPERVISOR, "/api/cases/" + hpReport).json().path("customer").path("name").asText())
        .isEqualTo("张*");
    assertThat(api.get(HP_SUPERVISOR, "/api/cases/" + hpReport + "/contact").code()).isEqualTo(200);
    assertThat(api.get(CENTRAL_SUPERVISOR, "/api/cases/" + hpReport + "/contact").code()).isEqualTo(403);
  }

  @Test
  void aSearchByAccountNumberFindsTheReportOnlyForThoseWhoKnowTheReporter() {
    assertThat(found("supervisor")).containsExactlyInAnyOrder(report, complaint);
    assertThat(found("auditor")).containsExactlyInAnyOrder(report, complaint);
    assertThat(found("agent")).containsExactly(complaint);
    assertThat(found("handler-xc")).containsExactly(complaint);
    assertThat(found("callback")).containsExactly(complaint);
    assertThat(found(CENTRAL_SUPERVISOR)).containsExactly(complaint);
    assertThat(found(HP_SUPERVISOR)).containsExactly(complaint);
  }

  @Test
  void reportsInOtherSearchesShowNoReporter() {
    Api.Response search = api.get("agent", "/api/cases?type=REPORT&serviceArea=XC&size=100");

    assertThat(search.code()).isEqualTo(200);
    JsonNode items = search.json().path("items");
    assertThat(items.findValuesAsText("caseNo")).contains(report);
    assertThat(items).allSatisfy(item -> {
      assertThat(item.path("customer").path("name").asText()).isEqualTo(ReporterIdentity.WITHHELD);
      assertThat(item.path("customer").path("accountNo").isNull()).isTrue();
      assertThat(item.path("customer").path("phone").isNull()).isTrue();
    });
    JsonNode asSupervisor = api.get("supervisor", "/api/cases?type=REPORT&serviceArea=XC&size=100").json();
    assertThat(asSupervisor.path("items").findValuesAsText("name")).doesNotContain(ReporterIdentity.WITHHELD);
  }

  @Test
  void theAuditorsReadOfTheReporterIsLogged(CapturedOutput output) {
    api.get("auditor", "/api/cases/" + report + "/contact");

    assertThat(output.getOut()).contains("customer contact of case " + report + " read by auditor")
        .doesNotContain(CaseBodies.PHONE);
  }

  private List<String> found(String user) {
    Api.Response search = api.get(user, "/api/cases?accountNo=" + accountNo);
    assertThat(search.code()).as(search.toString()).isEqualTo(200);
    return search.json().path("items").findValuesAsText("caseNo");
  }

  private void ensureUser(String id, List<String> groups) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("主管");
    user.setPassword(id);
    identityService.saveUser(user);
    groups.forEach(group -> identityService.createMembership(id, group));
  }
}
