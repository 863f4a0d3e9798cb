package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logins to Tasklist, Cockpit and Admin are recorded in the audit log as STAFF_LOGIN with the app, at business
 * time, each one; refused logins are not recorded (only counted), and no password ever reaches the log. API logins
 * name the app "api" and their once-an-hour rule is not fooled by a webapp login.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class WebappLoginAuditTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog auditLog;
  @Autowired AuditEntryRepository entries;
  @Autowired MeterRegistry meters;
  @Autowired Api api;
  @Autowired IdentityService identityService;

  @Test
  void recordsEachLoginToEachWebappWithItsApp() throws Exception {
    long before = lastId();

    TasklistSession.login(port, "handler-xc", "tasklist");
    TasklistSession.login(port, "handler-xc", "tasklist");
    TasklistSession.login(port, "supervisor", "cockpit");
    TasklistSession.login(port, "demo", "admin");

    List<AuditEntry> logins = entries.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(before, Long.MAX_VALUE,
        Pageable.unpaged()).stream().filter(entry -> entry.getAction().equals("STAFF_LOGIN")).toList();
    assertThat(logins).extracting(entry -> entry.getActor() + " " + entry.getDetails()).containsExactly(
        "handler-xc {\"app\":\"tasklist\"}",
        "handler-xc {\"app\":\"tasklist\"}",
        "supervisor {\"app\":\"cockpit\"}",
        "demo {\"app\":\"admin\"}");
    assertThat(logins).allSatisfy(entry -> {
      assertThat(entry.getCaseNo()).isNull();
      assertThat(entry.getRecordedAt()).isEqualTo(FixedEngineTime.NOW);
    });
    assertThat(api.get("auditor", "/api/audit/verify").json().path("valid").asBoolean()).isTrue();
  }

  @Test
  void aRefusedLoginIsCountedNotRecordedAndItsPasswordIsNowhere() throws Exception {
    String password = "Wrong-" + CaseBodies.uniqueAccountNo();
    // A user of its own: the engine delays the next logins of a user after a wrong password.
    String user = "login-" + CaseBodies.uniqueAccountNo();
    User staff = identityService.newUser(user);
    staff.setPassword("Right-" + user);
    identityService.saveUser(staff);
    double refusedBefore = refused("tasklist") + refused("admin");
    long before = lastId();

    TasklistSession.Attempt wrongPassword = TasklistSession.attemptLogin(port, user, password, "tasklist");
    // A password typed into the user field: it must not end up in the log either.
    TasklistSession.Attempt passwordAsUser = TasklistSession.attemptLogin(port, password, password, "tasklist");
    // Right password, but auditors may not use Admin.
    TasklistSession.Attempt notAllowed = TasklistSession.attemptLogin(port, "auditor", "auditor", "admin");

    assertThat(wrongPassword.answer().statusCode()).isEqualTo(401);
    assertThat(passwordAsUser.answer().statusCode()).isEqualTo(401);
    assertThat(notAllowed.answer().statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where id > ? and action = 'STAFF_LOGIN'"
        + " and actor in (?, 'auditor')", Long.class, before, user)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where actor like ? or details like ?",
        Long.class, "%" + password + "%", "%" + password + "%")).isZero();
    assertThat(refused("tasklist") + refused("admin")).isEqualTo(refusedBefore + 3);
  }

  @Test
  void anApiLoginNamesItsAppAndIsRecordedBesideAWebappLogin() {
    String user = "login-" + CaseBodies.uniqueAccountNo();

    auditLog.recordWebappLogin(user, "tasklist");
    auditLog.recordLogin(user);
    auditLog.recordLogin(user);

    assertThat(jdbc.queryForList("select details from gd_audit_log where actor = ? and action = 'STAFF_LOGIN'"
        + " order by id", String.class, user)).containsExactly("{\"app\":\"tasklist\"}", "{\"app\":\"api\"}");
  }

  @Test
  void anEngineRestLoginIsRecordedOnceAnHourBesideTheApisAndARefusedOneNot() {
    String user = "rest-" + CaseBodies.uniqueAccountNo();
    User handler = identityService.newUser(user);
    handler.setPassword(user);
    identityService.saveUser(handler);
    identityService.createMembership(user, "handlers-xc");

    assertThat(api.get(user, "/engine-rest/task").code()).isEqualTo(200);
    assertThat(api.get(user, "/engine-rest/task?active=true").code()).isEqualTo(200);
    assertThat(api.get(user, "/api/cases").code()).isEqualTo(200);
    assertThat(api.call(org.springframework.http.HttpMethod.GET, user, "wrong", "/engine-rest/task", null,
        java.util.Map.of()).code()).isEqualTo(401);

    assertThat(jdbc.queryForList("select details from gd_audit_log where actor = ? and action = 'STAFF_LOGIN'"
        + " order by id", String.class, user)).containsExactly("{\"app\":\"engine-rest\"}", "{\"app\":\"api\"}");
  }

  private long lastId() {
    return jdbc.queryForObject("select coalesce(max(id), 0) from gd_audit_log", Long.class);
  }

  private double refused(String app) {
    var counter = meters.find(WebappLoginFilter.METER).tag("app", app).tag("outcome", "refused").counter();
    return counter == null ? 0 : counter.count();
  }
}
