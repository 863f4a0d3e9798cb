package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A handling unit sees only the cases routed to it: another unit's case answers 404, exactly like a case that
 * does not exist, and is left out of its searches.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class HandlingUnitVisibilityTest {

  @Autowired
  Api api;

  String accountNo;
  String xcCase;
  String hpCase;

  @BeforeEach
  void openOneCaseForEachOffice() {
    accountNo = CaseBodies.uniqueAccountNo();
    xcCase = api.openCase(CaseBodies.complaint(accountNo, "XC")).path("caseNo").asText();
    // A separate matter: otherwise the second open complaint of the account would be recorded as an urge.
    hpCase = api.openCase(CaseBodies.complaint(accountNo, "HP").put("separateCase", true)).path("caseNo").asText();
  }

  @Test
  void aUnitReadsItsOwnCaseButNotAnotherUnits() {
    assertThat(api.get("handler-xc", "/api/cases/" + xcCase).code()).isEqualTo(200);
    assertThat(api.get("handler-hp", "/api/cases/" + hpCase).code()).isEqualTo(200);

    Api.Response foreign = api.get("handler-hp", "/api/cases/" + xcCase);
    Api.Response missing = api.get("handler-hp", "/api/cases/TS20260310000000000");

    assertThat(foreign.code()).as(foreign.toString()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(404);
    assertThat(foreign.json().path("title")).isEqualTo(missing.json().path("title"));
    assertThat(foreign.body()).doesNotContain(accountNo);
    assertThat(api.get("handler-xc", "/api/cases/" + hpCase).code()).isEqualTo(404);
  }

  @Test
  void searchesOfAUnitLeaveOutOtherUnitsCases() {
    assertThat(caseNos("handler-xc")).containsExactly(xcCase);
    assertThat(caseNos("handler-hp")).containsExactly(hpCase);
    assertThat(caseNos("supervisor")).containsExactlyInAnyOrder(xcCase, hpCase);
  }

  @Test
  void filteringForAnotherUnitsAreaFindsNothing() {
    Api.Response search = api.get("handler-hp", "/api/cases?serviceArea=XC&accountNo=" + accountNo);

    assertThat(search.code()).isEqualTo(200);
    assertThat(search.json().path("items")).isEmpty();
    assertThat(search.json().path("totalItems").asLong()).isZero();
  }

  private List<String> caseNos(String user) {
    Api.Response search = api.get(user, "/api/cases?accountNo=" + accountNo);
    assertThat(search.code()).as(search.toString()).isEqualTo(200);
    return search.json().path("items").findValuesAsText("caseNo");
  }
}
