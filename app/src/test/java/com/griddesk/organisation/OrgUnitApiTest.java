package com.griddesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.GridDeskTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators keep the organisation that escalations climb (PUT/GET /api/organisation/units). */
@GridDeskTest
class OrgUnitApiTest {

  static final List<String> CODES = List.of("TOFF2", "TOFF", "TCTY", "TPRV");

  @Autowired Api api;
  @Autowired OrgUnitRepository units;
  @Autowired Hierarchy hierarchy;
  @Autowired IdentityService identityService;

  @BeforeEach
  @AfterEach
  void removeTestUnits() {
    CODES.forEach(code -> units.findById(code).ifPresent(units::delete));
    units.flush();
  }

  @Test
  void anAdministratorBuildsAHierarchyThatEscalationsClimb() {
    assertThat(put("TPRV", unit("测试省公司", "PROVINCE", null, null, "sup-test-prv")).code()).isEqualTo(201);
    assertThat(put("TCTY", unit("测试市公司", "CITY", "TPRV", null, "sup-test-cty")).code()).isEqualTo(201);
    Api.Response office = put("TOFF", unit("测试供电所", "OFFICE", "TCTY", "handlers-test-off", "sup-test-off"));
    assertThat(office.code()).as(office.toString()).isEqualTo(201);
    assertThat(office.headers().getLocation()).hasToString("/api/organisation/units/TOFF");

    assertThat(hierarchy.chainAbove("handlers-test-off")).extracting(OrgUnit::getCode)
        .containsExactly("TOFF", "TCTY", "TPRV");
    assertThat(identityService.createGroupQuery().groupIdIn("sup-test-off", "handlers-test-off", "sup-test-prv")
        .count()).isEqualTo(3);
    JsonNode listed = api.get("demo", "/api/organisation/units").json();
    assertThat(listed.findValuesAsText("code")).contains("TPRV", "TCTY", "TOFF");

    Api.Response renamed = put("TOFF", unit("测试供电所（新）", "OFFICE", "TCTY", "handlers-test-off", "sup-test-off"));
    assertThat(renamed.code()).isEqualTo(200);
    assertThat(units.findById("TOFF").orElseThrow().getName()).isEqualTo("测试供电所（新）");
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsStored() {
    Api.Response bad = put("toff", unit(" ", "VILLAGE", null, "bad group", ""));
    assertThat(bad.code()).isEqualTo(400);
    assertThat(bad.json().path("errors").findValuesAsText("field"))
        .contains("code", "name", "level", "supervisorGroup");
    assertThat(units.findById("toff")).isEmpty();
  }

  @Test
  void aNameTheEngineCannotStoreIsRefused() {
    put("TPRV", unit("测试省公司", "PROVINCE", null, null, "sup-test-prv"));
    put("TCTY", unit("测试市公司", "CITY", "TPRV", null, "sup-test-cty"));

    // A supplementary character (the unit's name is also its groups' name, a 3-byte utf8 column on MySQL) and a
    // lone surrogate (no character at all), as a hostile client sends them.
    Api.Response rare = put("TOFF", unit("𠜎测试供电所", "OFFICE", "TCTY", "handlers-test-rare", "sup-test-rare"));
    Api.Response lone = api.put("demo", "/api/organisation/units/TOFF", """
        {"name":"\\ud800\\udfff\\uDBFF供电所","level":"OFFICE","parentCode":"TCTY",\
        "handlerGroup":"handlers-test-rare","supervisorGroup":"sup-test-rare"}""");

    assertThat(fields(rare)).containsExactly("name");
    assertThat(fields(lone)).containsExactly("name");
    assertThat(units.findById("TOFF")).isEmpty();
    assertThat(identityService.createGroupQuery().groupIdIn("handlers-test-rare", "sup-test-rare").count()).isZero();
  }

  @Test
  void theHierarchyCannotBeBentOutOfShape() {
    put("TPRV", unit("测试省公司", "PROVINCE", null, null, "sup-test-prv"));
    put("TCTY", unit("测试市公司", "CITY", "TPRV", null, "sup-test-cty"));
    put("TOFF", unit("测试供电所", "OFFICE", "TCTY", "handlers-test-off", "sup-test-off"));

    assertThat(fields(put("TPRV", unit("测试省公司", "PROVINCE", "TCTY", null, "sup-test-prv"))))
        .contains("parentCode");
    assertThat(fields(put("TCTY", unit("测试市公司", "CITY", "TOFF", null, "sup-test-cty")))).contains("parentCode");
    assertThat(fields(put("TCTY", unit("测试市公司", "OFFICE", "TPRV", "handlers-test-cty", "sup-test-cty"))))
        .contains("level");
    assertThat(fields(put("TOFF2", unit("另一供电所", "OFFICE", "TCTY", "handlers-test-off", "sup-test-off2"))))
        .contains("handlerGroup");
    assertThat(fields(put("TOFF2", unit("另一供电所", "OFFICE", "NOPE", "handlers-test-off2", "sup-test-off2"))))
        .contains("parentCode");
    assertThat(fields(put("TCTY", unit("测试市公司", "CITY", "TPRV", "handlers-x", "sup-test-cty"))))
        .contains("handlerGroup");
    assertThat(units.findById("TOFF2")).isEmpty();
    assertThat(units.findById("TCTY").orElseThrow().getLevel()).isEqualTo(OrgUnit.Level.CITY);
  }

  @Test
  void onlyAdministratorsKeepTheOrganisation() {
    assertThat(api.put("supervisor", "/api/organisation/units/TPRV",
        unit("测试省公司", "PROVINCE", null, null, "sup-test-prv")).code()).isEqualTo(403);
    assertThat(api.get("auditor", "/api/organisation/units").code()).isEqualTo(403);
    assertThat(units.findById("TPRV")).isEmpty();
  }

  private Api.Response put(String code, Map<String, Object> body) {
    return api.put("demo", "/api/organisation/units/" + code, body);
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    return response.json().path("errors").findValuesAsText("field");
  }

  private static Map<String, Object> unit(String name, String level, String parent, String handlerGroup,
      String supervisorGroup) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("level", level);
    body.put("parentCode", parent);
    body.put("handlerGroup", handlerGroup);
    body.put("supervisorGroup", supervisorGroup);
    return body;
  }
}
