package com.griddesk.security;

import static com.griddesk.security.AuthorizationMatrixTest.Outcome.ALLOWED;
import static com.griddesk.security.AuthorizationMatrixTest.Outcome.ANONYMOUS;
import static com.griddesk.security.AuthorizationMatrixTest.Outcome.DENIED;
import static com.griddesk.security.AuthorizationMatrixTest.Outcome.FILTERED;
import static com.griddesk.security.AuthorizationMatrixTest.Outcome.HIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Who may do what, as one table: every action of GridDesk's API and of the engine's REST API that matters (rows)
 * against every role (columns). This is the executable statement of the rules in docs/architecture.md
 * "Security"; each cell is derived from SecurityConfig, GridDeskGroups, EngineAccessSetup, CaseAccess and the
 * controllers, and a change of any rule must change a cell here.
 *
 * <p>Cells: {@link Outcome#ALLOWED} the request passed authorization (the row's status: 2xx, or a 400 where the
 * row sends an invalid body on purpose, so that nothing changes but the check before it is shown);
 * {@link Outcome#FILTERED} a search that answers but leaves the case out; {@link Outcome#DENIED} 403;
 * {@link Outcome#HIDDEN} 404 where a case (or process definition) is hidden on purpose from who may not read it;
 * {@link Outcome#ANONYMOUS} 401 without credentials.
 *
 * <p>The case under test is a complaint for XC, routed to handlers-xc, opened by the hotline agent. Rows that
 * change engine state get a fresh complaint (or repair) per cell, and every refused cell checks that it is as it
 * was. The channel client is a user of the "channels" group made here (the demo data has none). Besides the
 * offices' handlers, the units are represented by a repair crew (crew-xc), a business hall's clerk (clerk-xc) and a
 * county's supervisors (county), none of which works the XC complaint the rows act on.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /** The columns, in the order of each row's cells; "anonymous" sends no credentials. */
  static final List<String> ROLES = List.of("agent", "handler-xc", "handler-hp", "crew-xc", "clerk-xc", "county",
      "supervisor", "callback", "auditor", "editor", "channel-web", "demo", "anonymous");

  static final String CHANNEL_CLIENT = "channel-web";

  enum Outcome {
    ALLOWED, FILTERED, DENIED, HIDDEN, ANONYMOUS;

    int status(Row row) {
      return switch (this) {
        case ALLOWED, FILTERED -> row.allowedStatus;
        case DENIED -> 403;
        case HIDDEN -> 404;
        case ANONYMOUS -> 401;
      };
    }
  }

  /** What the row acts on: the shared complaint (reads, invalid bodies), or a fresh one per cell (changes). */
  enum Fixture { SHARED, FRESH_COMPLAINT, FRESH_REPAIR, NONE }

  /** Tasklist's complaint start form, filled in, for a new account. */
  static final String START_FORM = "{\"variables\":{"
      + "\"channel\":{\"value\":\"HOTLINE\"},\"customerAccountNo\":{\"value\":\"{newAccount}\"},"
      + "\"customerName\":{\"value\":\"张三\"},\"customerPhone\":{\"value\":\"13812345678\"},"
      + "\"serviceArea\":{\"value\":\"XC\"},\"areaType\":{\"value\":\"URBAN\"},"
      + "\"category\":{\"value\":\"SERVICE\"},\"subject\":{\"value\":\"营业厅服务态度差\"},"
      + "\"description\":{\"value\":\"客户反映营业厅工作人员态度冷淡。\"}}}";

  static final List<Row> MATRIX = List.of(
      // ---- GridDesk's API: cases
      //  agent      handler-xc handler-hp crew-xc    clerk-xc   county     supervisor callback   auditor    editor     channel    demo       anonymous
      row("POST /api/cases (invalid body)", HttpMethod.POST, "/api/cases", "{}", 400,
          ALLOWED,   DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ALLOWED,   ANONYMOUS),
      row("GET /api/cases/{caseNo}", HttpMethod.GET, "/api/cases/{case}", null, 200,
          ALLOWED,   ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOWED,   ALLOWED,   ALLOWED,   HIDDEN,    HIDDEN,    ALLOWED,   ANONYMOUS),
      search("GET /api/cases?accountNo= (search)", "/api/cases?accountNo={account}", "{case}",
          ALLOWED,   ALLOWED,   FILTERED,  FILTERED,  FILTERED,  FILTERED,  ALLOWED,   ALLOWED,   ALLOWED,   FILTERED,  FILTERED,  ALLOWED,   ANONYMOUS),
      row("GET /api/cases/{caseNo}/contact", HttpMethod.GET, "/api/cases/{case}/contact", null, 200,
          DENIED,    ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOWED,   ALLOWED,   DENIED,    HIDDEN,    HIDDEN,    ALLOWED,   ANONYMOUS),
      row("GET /api/cases/{caseNo}/timeline", HttpMethod.GET, "/api/cases/{case}/timeline", null, 200,
          ALLOWED,   ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ALLOWED,   ALLOWED,   ALLOWED,   HIDDEN,    HIDDEN,    ALLOWED,   ANONYMOUS),
      row("POST /api/cases/{caseNo}/urge (invalid channel)", HttpMethod.POST, "/api/cases/{case}/urge",
          "{\"channel\":\"NO_SUCH_CHANNEL\"}", 400,
          ALLOWED,   DENIED,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    DENIED,    DENIED,    DENIED,    HIDDEN,    ALLOWED,   ALLOWED,   ANONYMOUS),
      row("POST /api/cases/{caseNo}/pause (invalid reason)", HttpMethod.POST, "/api/cases/{case}/pause",
          "{\"reason\":\"NO_SUCH_REASON\"}", 400,
          DENIED,    ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    DENIED,    DENIED,    DENIED,    HIDDEN,    DENIED,    ALLOWED,   ANONYMOUS),
      row("POST /api/cases/{caseNo}/resume (invalid cause)", HttpMethod.POST, "/api/cases/{case}/resume",
          "{\"cause\":\"NO_SUCH_CAUSE\"}", 400,
          ALLOWED,   ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    DENIED,    DENIED,    DENIED,    HIDDEN,    ALLOWED,   ALLOWED,   ANONYMOUS),
      row("GET /api/cases/{caseNo}/survey-token", HttpMethod.GET, "/api/cases/{case}/survey-token", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ALLOWED,   ANONYMOUS),
      // The customer's answer: open to anyone, authorized by the one-time token alone. A wrong token is 403 for
      // everyone, with or without a login, never 401.
      row("POST /api/cases/{caseNo}/survey (wrong token)", HttpMethod.POST, "/api/cases/{case}/survey",
          "{\"token\":\"not-the-token\",\"score\":5}", 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED),
      // Repair steps only exist on repairs: on a complaint every login gets 404.
      row("POST /api/repairs/{caseNo}/accept (on a complaint)", HttpMethod.POST, "/api/repairs/{case}/accept",
          "{}", 200,
          HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    ANONYMOUS),
      // A fresh repair for XC, routed to repair-xc: its crew and administrators report steps.
      row("POST /api/repairs/{caseNo}/accept (on a repair for XC)", HttpMethod.POST, "/api/repairs/{case}/accept",
          "{}", 200, Fixture.FRESH_REPAIR,
          DENIED,    HIDDEN,    HIDDEN,    ALLOWED,   HIDDEN,    HIDDEN,    DENIED,    DENIED,    DENIED,    HIDDEN,    HIDDEN,    ALLOWED,   ANONYMOUS),
      // Queue callbacks (回拨): left by the hotline's queue system or an agent; read by the hotline and supervisors.
      row("POST /api/queue-callbacks (invalid body)", HttpMethod.POST, "/api/queue-callbacks", "{}", 400,
          ALLOWED,   DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ALLOWED,   ANONYMOUS),
      // Self-service: the knowledge base answers every logged-in user.
      row("GET /api/knowledge?q=", HttpMethod.GET, "/api/knowledge?q=%E7%94%B5%E8%B4%B9", null, 200,
          ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ANONYMOUS),
      // ---- GridDesk's API: reports, supervision, exports, audit
      //  agent      handler-xc handler-hp crew-xc    clerk-xc   county     supervisor callback   auditor    editor     channel    demo       anonymous
      row("GET /api/reports/sla", HttpMethod.GET, "/api/reports/sla?from=2026-03-01&to=2026-03-31", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    ALLOWED,   DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("GET /api/supervision/dashboard", HttpMethod.GET, "/api/supervision/dashboard", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    ALLOWED,   DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("GET /api/exports/cases?from&to", HttpMethod.GET, "/api/exports/cases?from=2026-03-01&to=2026-03-31",
          null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("GET /api/audit/verify", HttpMethod.GET, "/api/audit/verify", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("GET /api/audit?caseNo=", HttpMethod.GET, "/api/audit?caseNo={case}", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    ALLOWED,   DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      // ---- GridDesk's API: administration (invalid bodies: nothing changes)
      //  agent      handler-xc handler-hp crew-xc    clerk-xc   county     supervisor callback   auditor    editor     channel    demo       anonymous
      row("PUT /api/calendar/years/{year} (invalid body)", HttpMethod.PUT, "/api/calendar/years/2099",
          "{\"days\":[{\"date\":\"not-a-date\"}]}", 400,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("PUT /api/organisation/units/{code} (invalid body)", HttpMethod.PUT, "/api/organisation/units/XC",
          "{}", 400,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      // Knowledge editors write the knowledge base; administrators are not editors unless made so.
      row("POST /api/knowledge (invalid body)", HttpMethod.POST, "/api/knowledge", "{}", 400,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   DENIED,    DENIED,    ANONYMOUS),
      // ---- Actuator
      //  agent      handler-xc handler-hp crew-xc    clerk-xc   county     supervisor callback   auditor    editor     channel    demo       anonymous
      row("GET /actuator/health", HttpMethod.GET, "/actuator/health", null, 200,
          ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ALLOWED,   ANONYMOUS),
      row("GET /actuator/prometheus", HttpMethod.GET, "/actuator/prometheus", null, 200,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      // ---- The engine's REST API (the engine's own authorizations)
      //  agent      handler-xc handler-hp crew-xc    clerk-xc   county     supervisor callback   auditor    editor     channel    demo       anonymous
      // A query answers everyone, showing only what they may read.
      search("GET /engine-rest/task?processInstanceBusinessKey=",
          "/engine-rest/task?processInstanceBusinessKey={case}", "{task}",
          FILTERED,  ALLOWED,   FILTERED,  FILTERED,  FILTERED,  FILTERED,  ALLOWED,   FILTERED,  ALLOWED,   FILTERED,  FILTERED,  ALLOWED,   ANONYMOUS),
      search("GET /engine-rest/history/process-instance?processInstanceBusinessKey=",
          "/engine-rest/history/process-instance?processInstanceBusinessKey={case}", "{instance}",
          FILTERED,  FILTERED,  FILTERED,  FILTERED,  FILTERED,  FILTERED,  ALLOWED,   FILTERED,  ALLOWED,   FILTERED,  FILTERED,  ALLOWED,   ANONYMOUS),
      row("POST /engine-rest/task/{id}/claim", HttpMethod.POST, "/engine-rest/task/{task}/claim",
          "{\"userId\":\"{user}\"}", 204, Fixture.FRESH_COMPLAINT,
          DENIED,    ALLOWED,   DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("POST /engine-rest/task/{id}/complete", HttpMethod.POST, "/engine-rest/task/{task}/complete", "{}", 204,
          Fixture.FRESH_COMPLAINT,
          DENIED,    ALLOWED,   DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("PUT /engine-rest/process-instance/{id}/suspended", HttpMethod.PUT,
          "/engine-rest/process-instance/{instance}/suspended", "{\"suspended\":true}", 204, Fixture.FRESH_COMPLAINT,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("DELETE /engine-rest/process-instance/{id}", HttpMethod.DELETE, "/engine-rest/process-instance/{instance}",
          null, 204, Fixture.FRESH_COMPLAINT,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      // Tasklist's start form through the API: the same registration as POST /api/cases (a new case when allowed).
      // Those without READ on the definition do not find it (404).
      row("POST /engine-rest/process-definition/key/complaint/start", HttpMethod.POST,
          "/engine-rest/process-definition/key/complaint/start", START_FORM, 200, Fixture.NONE,
          ALLOWED,   HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    HIDDEN,    DENIED,    HIDDEN,    DENIED,    HIDDEN,    ALLOWED,   ALLOWED,   ANONYMOUS),
      row("POST /engine-rest/user/create", HttpMethod.POST, "/engine-rest/user/create",
          "{\"profile\":{\"id\":\"{newUser}\",\"firstName\":\"矩\",\"lastName\":\"阵\"},"
              + "\"credentials\":{\"password\":\"{newUser}\"}}", 204, Fixture.NONE,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS),
      row("POST /engine-rest/authorization/create", HttpMethod.POST, "/engine-rest/authorization/create",
          "{\"type\":1,\"permissions\":[\"ACCESS\"],\"userId\":\"{newUser}\",\"resourceType\":0,"
              + "\"resourceId\":\"cockpit\"}", 200, Fixture.NONE,
          DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    DENIED,    ALLOWED,   ANONYMOUS));

  @Autowired Api api;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  /** The complaint for XC that rows which change nothing act on, opened once. */
  String sharedCase;
  String sharedAccount;
  String sharedTask;
  String sharedInstance;

  @BeforeAll
  void aChannelClient() {
    ChannelClients.ensure(identityService, CHANNEL_CLIENT);
  }


  @BeforeEach
  void aSharedComplaint() {
    if (sharedCase == null) {
      sharedAccount = CaseBodies.uniqueAccountNo();
      var created = api.openCase(CaseBodies.complaint(sharedAccount, "XC"));
      sharedCase = created.path("caseNo").asText();
      sharedTask = created.path("tasks").get(0).path("id").asText();
      sharedInstance = taskService.createTaskQuery().taskId(sharedTask).singleResult().getProcessInstanceId();
    }
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Row row : MATRIX) {
      row.cells.forEach((role, outcome) -> cells.add(Arguments.of(row, role, outcome)));
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @MethodSource("cells")
  void eachRoleMayDoExactlyWhatTheRulesSay(Row row, String role, Outcome expected) {
    String user = role.equals("anonymous") ? null : role;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{case}", sharedCase);
    values.put("{account}", sharedAccount);
    values.put("{task}", sharedTask);
    values.put("{instance}", sharedInstance);
    values.put("{newAccount}", CaseBodies.uniqueAccountNo());
    values.put("{user}", role);
    values.put("{newUser}", "matrix-" + CaseBodies.uniqueAccountNo().substring(8));
    WatchedComplaint complaint = null;
    String repair = null;
    if (row.fixture == Fixture.FRESH_COMPLAINT) {
      complaint = WatchedComplaint.open(api, taskService, runtimeService, managementService);
      values.put("{case}", complaint.caseNo);
      values.put("{task}", complaint.taskId);
      values.put("{instance}", complaint.processInstanceId);
    } else if (row.fixture == Fixture.FRESH_REPAIR) {
      repair = api.openCase(WorkOrders.body("REPAIR", "LOW_VOLTAGE", CaseBodies.uniqueAccountNo(), "XC"))
          .path("caseNo").asText();
      values.put("{case}", repair);
    }

    Api.Response response = api.call(row.method, user, user, fill(row.path, values),
        row.body == null ? null : fill(row.body, values), Map.of());

    assertThat(response.code()).as("%s as %s: %s", row.action, role, response).isEqualTo(expected.status(row));
    if (row.lists != null && (expected == ALLOWED || expected == FILTERED)) {
      assertThat(response.body().contains(values.get(row.lists)))
          .as("%s as %s lists the case: %s", row.action, role, response).isEqualTo(expected == ALLOWED);
    }
    if (expected == ALLOWED) {
      forget(row, values.get("{newUser}"));
      return;
    }
    // Refused: nothing changed.
    if (complaint != null) {
      complaint.assertUntouched();
    }
    if (repair != null) {
      assertThat(api.get("supervisor", "/api/cases/" + repair).json().path("status").asText())
          .isEqualTo("DISPATCHED");
    }
    assertThat(identityService.createUserQuery().userId(values.get("{newUser}")).count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().userIdIn(values.get("{newUser}")).count()).isZero();
    assertThat(api.get("supervisor", "/api/cases?accountNo=" + values.get("{newAccount}")).json()
        .path("totalItems").asInt()).isZero();
  }

  /** Removes what an allowed administrative row created, so that reruns against one database stay clean. */
  private void forget(Row row, String newUser) {
    if (row.path.endsWith("/user/create")) {
      identityService.deleteUser(newUser);
    }
    if (row.path.endsWith("/authorization/create")) {
      authorizationService.createAuthorizationQuery().userIdIn(newUser).list().stream().map(Authorization::getId)
          .forEach(authorizationService::deleteAuthorization);
    }
  }

  private static String fill(String template, Map<String, String> values) {
    String filled = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue() != null) {
        filled = filled.replace(value.getKey(), value.getValue());
      }
    }
    return filled;
  }

  static Row row(String action, HttpMethod method, String path, String body, int allowedStatus,
      Outcome... cells) {
    return row(action, method, path, body, allowedStatus, Fixture.SHARED, cells);
  }

  static Row row(String action, HttpMethod method, String path, String body, int allowedStatus, Fixture fixture,
      Outcome... cells) {
    if (cells.length != ROLES.size()) {
      throw new IllegalArgumentException(action + ": one cell per role " + ROLES);
    }
    Map<String, Outcome> byRole = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      byRole.put(ROLES.get(i), cells[i]);
    }
    return new Row(action, method, path, body, allowedStatus, fixture, null, byRole);
  }

  /** A query on the shared complaint: 200 for every login, listing {@code lists} only for who may read it. */
  static Row search(String action, String path, String lists, Outcome... cells) {
    Row row = row(action, HttpMethod.GET, path, null, 200, Fixture.SHARED, cells);
    return new Row(action, row.method, path, null, 200, Fixture.SHARED, lists, row.cells);
  }

  /** One action: its request, what passing authorization answers, and each role's outcome. */
  record Row(String action, HttpMethod method, String path, String body, int allowedStatus, Fixture fixture,
      String lists, Map<String, Outcome> cells) {

    @Override
    public String toString() {
      return action;
    }
  }
}
