package com.griddesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.Customer;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer's name and phone are stored encrypted in gd_case; only the application sees them in clear. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class PersonalDataAtRestTest {

  @Autowired
  Api api;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  FieldEncryptor encryptor;

  @Autowired
  CaseRepository cases;

  @Test
  void theCaseRowHoldsCiphertextOfNameAndPhone() {
    String accountNo = CaseBodies.uniqueAccountNo();
    String caseNo = api.openCase(CaseBodies.complaint(accountNo)).path("caseNo").asText();

    Map<String, Object> row = row(caseNo);
    String name = (String) row.get("customer_name");
    String phone = (String) row.get("customer_phone");

    assertThat(name).startsWith("v1:").doesNotContain(CaseBodies.NAME);
    assertThat(phone).startsWith("v1:").doesNotContain(CaseBodies.PHONE).doesNotContain("5678");
    assertThat(encryptor.decrypt(name)).isEqualTo(CaseBodies.NAME);
    assertThat(encryptor.decrypt(phone)).isEqualTo(CaseBodies.PHONE);
    assertThat(row.get("account_no")).as("searchable, kept in clear").isEqualTo(accountNo);
  }

  @Test
  void theSameCustomerTwiceGivesDifferentCiphertexts() {
    String accountNo = CaseBodies.uniqueAccountNo();
    Map<String, Object> first = row(api.openCase(CaseBodies.complaint(accountNo)).path("caseNo").asText());
    Map<String, Object> second = row(api.openCase(CaseBodies.complaint(accountNo).put("separateCase", true))
        .path("caseNo").asText());

    assertThat(first.get("customer_name")).isNotEqualTo(second.get("customer_name"));
    assertThat(first.get("customer_phone")).isNotEqualTo(second.get("customer_phone"));
  }

  @Test
  void theApplicationReadsTheCustomerInClear() {
    String accountNo = CaseBodies.uniqueAccountNo();
    String caseNo = api.openCase(CaseBodies.complaint(accountNo)).path("caseNo").asText();

    Customer customer = cases.findByCaseNo(caseNo).orElseThrow().customer();

    assertThat(customer).isEqualTo(new Customer(accountNo, CaseBodies.NAME, CaseBodies.PHONE));
  }

  private Map<String, Object> row(String caseNo) {
    return jdbc.queryForMap("select account_no, customer_name, customer_phone from gd_case where case_no = ?", caseNo);
  }
}
