package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** GET /api/cases/{caseNo} and the paged search GET /api/cases, with customer data masked. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class CaseReadApiTest {

  @Autowired
  Api api;

  String accountNo;
  /** The account's cases, newest receipt first: two for XC, one for HP. */
  List<String> caseNos;

  @BeforeEach
  void openThreeCasesForOneAccount() {
    accountNo = CaseBodies.uniqueAccountNo();
    caseNos = new ArrayList<>();
    String[] areas = {"XC", "HP", "XC"};
    for (int hoursAgo = 1; hoursAgo <= 3; hoursAgo++) {
      String receivedAt = FixedEngineTime.NOW.minus(Duration.ofHours(hoursAgo)).atOffset(ZoneOffset.ofHours(8)).toString();
      // Separate matters: a second open complaint of the account would otherwise be recorded as an urge.
      JsonNode created = api.openCase(CaseBodies.complaint(accountNo, areas[hoursAgo - 1]).put("receivedAt", receivedAt)
          .put("separateCase", true));
      caseNos.add(created.path("caseNo").asText());
    }
  }

  @Test
  void readsOneCaseByItsNumber() {
    Api.Response read = api.get("supervisor", "/api/cases/" + caseNos.get(0));

    assertThat(read.code()).as(read.toString()).isEqualTo(200);
    JsonNode body = read.json();
    assertThat(body.path("caseNo").asText()).isEqualTo(caseNos.get(0));
    assertThat(body.path("status").asText()).isEqualTo("AWAITING_CONTACT");
    assertThat(body.path("customer").path("name").asText()).isEqualTo("张*");
    assertThat(body.path("customer").path("phone").asText()).isEqualTo("138****5678");
    assertThat(body.path("tasks").get(0).path("name").asText()).isEqualTo("联系客户");
  }

  @Test
  void anUnknownCaseNumberIsNotFound() {
    Api.Response read = api.get("supervisor", "/api/cases/TS20260310999999999");

    assertThat(read.code()).isEqualTo(404);
    assertThat(read.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void searchesByAccountNumberNewestFirstInPages() {
    Api.Response first = api.get("agent", "/api/cases?accountNo=" + accountNo + "&size=2");
    Api.Response second = api.get("agent", "/api/cases?accountNo=" + accountNo + "&size=2&page=1");

    assertThat(first.code()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("totalItems").asLong()).isEqualTo(3);
    assertThat(first.json().path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.json().path("page").asInt()).isZero();
    assertThat(first.json().path("size").asInt()).isEqualTo(2);
    assertThat(caseNosOf(first)).containsExactly(caseNos.get(0), caseNos.get(1));
    assertThat(caseNosOf(second)).containsExactly(caseNos.get(2));
    JsonNode item = first.json().path("items").get(0);
    assertThat(item.path("customer").path("name").asText()).isEqualTo("张*");
    assertThat(item.path("customer").path("phone").asText()).isEqualTo("138****5678");
    assertThat(first.body()).doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE);
  }

  @Test
  void filtersByStatusTypeAndServiceArea() {
    String account = "/api/cases?accountNo=" + accountNo;

    assertThat(caseNosOf(api.get("agent", account + "&status=AWAITING_CONTACT"))).containsExactlyElementsOf(caseNos);
    assertThat(caseNosOf(api.get("agent", account + "&status=CLOSED"))).isEmpty();
    assertThat(caseNosOf(api.get("agent", account + "&type=COMPLAINT"))).containsExactlyElementsOf(caseNos);
    assertThat(caseNosOf(api.get("agent", account + "&type=REPAIR"))).isEmpty();
    assertThat(caseNosOf(api.get("agent", account + "&serviceArea=XC"))).containsExactly(caseNos.get(0), caseNos.get(2));
    assertThat(caseNosOf(api.get("agent", account + "&serviceArea=HP&status=AWAITING_CONTACT&type=COMPLAINT")))
        .containsExactly(caseNos.get(1));
  }

  @Test
  void badSearchParametersAreNamedIn400() {
    Api.Response response = api.get("agent", "/api/cases?status=OPEN&type=FAULT&page=-1&size=101");

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("status", "type", "page", "size");
  }

  @Test
  void pageAndSizeMustBeWholeNumbersInRange() {
    assertThat(api.get("agent", "/api/cases?page=abc").code()).isEqualTo(400);
    assertThat(api.get("agent", "/api/cases?size=0").code()).isEqualTo(400);
    assertThat(api.get("agent", "/api/cases?size=1.5").code()).isEqualTo(400);
    assertThat(api.get("agent", "/api/cases?accountNo=" + accountNo + "&size=100").code()).isEqualTo(200);
  }

  private static List<String> caseNosOf(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    return response.json().path("items").findValuesAsText("caseNo");
  }
}
