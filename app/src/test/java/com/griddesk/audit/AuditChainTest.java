package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's chain over real activity: valid after intake and urges, broken at the right entry when a row is
 * edited, removed or relinked in the database (each tamper is put back exactly and the chain is valid again),
 * one chain under concurrent intakes, nothing from a rolled-back change, no personal data, and who may call.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class AuditChainTest {

  @Autowired
  Api api;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  AuditLog auditLog;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void recordsIntakeAndUrgeWithActorAndTheChainIsValid() {
    String caseNo = openCase(CaseBodies.uniqueAccountNo());
    String note = "客户再次来电催问进度";
    Api.Response urged = api.post("agent", "/api/cases/" + caseNo + "/urge", Map.of("channel", "HOTLINE", "note", note));
    assertThat(urged.code()).as(urged.toString()).isEqualTo(200);

    Api.Response read = api.get("supervisor", "/api/audit?caseNo=" + caseNo);
    assertThat(read.body()).doesNotContain(note);
    JsonNode entries = read.json();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("action").asText()).isEqualTo("CASE_OPENED");
    assertThat(entries.get(0).path("actor").asText()).isEqualTo("agent");
    assertThat(entries.get(0).path("details").asText()).contains("\"type\":\"COMPLAINT\"")
        .contains("\"handlingGroup\":\"handlers-xc\"");
    assertThat(entries.get(0).path("recordedAt").asText()).isEqualTo("2026-03-10T02:00:00Z");
    assertThat(entries.get(1).path("action").asText()).isEqualTo("CASE_URGED");
    assertThat(entries.get(1).path("id").asLong()).isGreaterThan(entries.get(0).path("id").asLong());
    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where actor = 'agent' and action = 'STAFF_LOGIN'",
        Long.class)).isPositive();

    JsonNode check = verify();
    assertThat(check.path("valid").asBoolean()).as(check.toString()).isTrue();
    assertThat(check.path("lastId").asLong()).isGreaterThanOrEqualTo(entries.get(1).path("id").asLong());
    assertThat(check.path("entries").asLong()).isEqualTo(check.path("lastId").asLong());
    assertThat(check.path("lastHash").asText()).isEqualTo(jdbc.queryForObject(
        "select hash from gd_audit_log where id = ?", String.class, check.path("lastId").asLong()));
    assertThat(check.has("firstBrokenId")).isFalse();
  }

  @Test
  void recordsALoginOncePerUserWithinTheHour() {
    String user = "login-" + CaseBodies.uniqueAccountNo();

    auditLog.recordLogin(user);
    auditLog.recordLogin(user);

    assertThat(jdbc.queryForList("select case_no from gd_audit_log where actor = ? and action = 'STAFF_LOGIN'",
        String.class, user)).hasSize(1).containsOnlyNulls();
    assertValid();
  }

  @Test
  void keepsNoPersonalData() {
    String accountNo = CaseBodies.uniqueAccountNo();
    String caseNo = openCase(accountNo);

    List<String> rows = jdbc.queryForList(
        "select concat(actor, ' ', action, ' ', coalesce(details, '')) from gd_audit_log where case_no = ?",
        String.class, caseNo);
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
        .doesNotContain(CaseBodies.NAME).doesNotContain(CaseBodies.PHONE).doesNotContain(accountNo));
  }

  @Test
  void namesAnEditedRowAndIsValidOnceItIsPutBack() {
    long id = openedEntry(openCase(CaseBodies.uniqueAccountNo()));
    String details = jdbc.queryForObject("select details from gd_audit_log where id = ?", String.class, id);
    try {
      jdbc.update("update gd_audit_log set details = ? where id = ?", "{\"type\":\"CONSULTATION\"}", id);

      assertBroken(id, "hash mismatch (row edited)");
    } finally {
      jdbc.update("update gd_audit_log set details = ? where id = ?", details, id);
    }
    assertValid();
  }

  @Test
  void namesAnEditedActor() {
    long id = openedEntry(openCase(CaseBodies.uniqueAccountNo()));
    try {
      jdbc.update("update gd_audit_log set actor = 'demo' where id = ?", id);

      assertBroken(id, "hash mismatch (row edited)");
    } finally {
      jdbc.update("update gd_audit_log set actor = 'agent' where id = ?", id);
    }
    assertValid();
  }

  @Test
  void namesTheFirstMissingIdWhenARowIsRemoved() {
    long id = openedEntry(openCase(CaseBodies.uniqueAccountNo()));
    openCase(CaseBodies.uniqueAccountNo());
    Map<String, Object> row = jdbc.queryForMap("select * from gd_audit_log where id = ?", id);
    try {
      jdbc.update("delete from gd_audit_log where id = ?", id);

      assertBroken(id, "entry missing after " + (id - 1) + " (row removed)");
    } finally {
      putBack(row);
    }
    assertValid();
  }

  @Test
  void namesTheLastEntryWhenItIsRemovedFromTheEnd() {
    openCase(CaseBodies.uniqueAccountNo());
    long last = jdbc.queryForObject("select max(id) from gd_audit_log", Long.class);
    Map<String, Object> row = jdbc.queryForMap("select * from gd_audit_log where id = ?", last);
    try {
      jdbc.update("delete from gd_audit_log where id = ?", last);

      assertBroken(last, "entry missing after " + (last - 1) + " (row removed)");
    } finally {
      putBack(row);
    }
    assertValid();
  }

  @Test
  void namesAnEntryWhosePrevHashWasChanged() {
    long id = openedEntry(openCase(CaseBodies.uniqueAccountNo()));
    String prevHash = jdbc.queryForObject("select prev_hash from gd_audit_log where id = ?", String.class, id);
    try {
      jdbc.update("update gd_audit_log set prev_hash = ? where id = ?", "f".repeat(64), id);

      assertBroken(id, "prev_hash does not match the previous entry");
    } finally {
      jdbc.update("update gd_audit_log set prev_hash = ? where id = ?", prevHash, id);
    }
    assertValid();
  }

  @Test
  void namesTheHeadWhenItDoesNotMatchTheLastEntry() {
    openCase(CaseBodies.uniqueAccountNo());
    Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from gd_audit_head where id = 1");
    long lastId = ((Number) head.get("LAST_ID")).longValue();
    try {
      jdbc.update("update gd_audit_head set last_hash = ? where id = 1", "e".repeat(64));

      assertBroken(lastId, "head does not match the last entry");
    } finally {
      jdbc.update("update gd_audit_head set last_hash = ? where id = 1", head.get("LAST_HASH"));
    }
    assertValid();
  }

  @Test
  void concurrentIntakesFormOneChainWithoutGaps() throws Exception {
    long before = jdbc.queryForObject("select last_id from gd_audit_head where id = 1", Long.class);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<String> caseNos;
    try {
      List<Callable<Api.Response>> intakes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String accountNo = CaseBodies.uniqueAccountNo();
        intakes.add(() -> api.post("agent", "/api/cases", CaseBodies.complaint(accountNo)));
      }
      caseNos = new ArrayList<>();
      for (Future<Api.Response> done : pool.invokeAll(intakes)) {
        Api.Response created = done.get();
        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        caseNos.add(created.json().path("caseNo").asText());
      }
    } finally {
      pool.shutdown();
    }

    List<Long> ids = caseNos.stream().map(this::openedEntry).toList();
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isGreaterThan(before));
    long after = jdbc.queryForObject("select last_id from gd_audit_head where id = 1", Long.class);
    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where id > ? and id <= ?", Long.class,
        before, after)).isEqualTo(after - before);
    assertValid();
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() {
    long before = jdbc.queryForObject("select last_id from gd_audit_head where id = 1", Long.class);
    try {
      transactions.executeWithoutResult(status -> {
        auditLog.record("demo", AuditAction.ORG_UNIT_CHANGED, null, "unit", "ZZ");
        throw new IllegalStateException("the change fails");
      });
    } catch (IllegalStateException expected) {
      // the change and its entry are gone
    }

    assertThat(jdbc.queryForObject("select last_id from gd_audit_head where id = 1", Long.class)).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from gd_audit_log where id > ?", Long.class, before)).isZero();
    assertValid();
  }

  @Test
  void onlyAuditorsAndAdministratorsVerify() {
    assertThat(api.get("auditor", "/api/audit/verify").code()).isEqualTo(200);
    assertThat(api.get("demo", "/api/audit/verify").code()).isEqualTo(200);
    for (String user : List.of("agent", "supervisor", "handler-xc", "editor")) {
      Api.Response denied = api.get(user, "/api/audit/verify");
      assertThat(denied.code()).as(user).isEqualTo(403);
      assertThat(denied.contentType()).as(user).hasToString("application/problem+json");
    }
    assertThat(api.get(null, "/api/audit/verify").code()).isEqualTo(401);
    assertThat(api.call(HttpMethod.POST, "auditor", "auditor", "/api/audit/verify", "{}", Map.of()).code())
        .isEqualTo(403);
  }

  @Test
  void supervisorsAuditorsAndAdministratorsReadACasesEntries() {
    String caseNo = openCase(CaseBodies.uniqueAccountNo());
    for (String user : List.of("supervisor", "auditor", "demo")) {
      Api.Response read = api.get(user, "/api/audit?caseNo=" + caseNo);
      assertThat(read.code()).as(user).isEqualTo(200);
      assertThat(read.json()).as(user).hasSize(1);
    }
    for (String user : List.of("agent", "handler-xc", "callback")) {
      assertThat(api.get(user, "/api/audit?caseNo=" + caseNo).code()).as(user).isEqualTo(403);
    }
    Api.Response missing = api.get("auditor", "/api/audit");
    assertThat(missing.code()).isEqualTo(400);
    assertThat(missing.body()).contains("caseNo");
    assertThat(api.get("auditor", "/api/audit?caseNo=TS000").json()).isEmpty();
  }

  private String openCase(String accountNo) {
    return api.openCase(CaseBodies.complaint(accountNo)).path("caseNo").asText();
  }

  private long openedEntry(String caseNo) {
    return jdbc.queryForObject("select id from gd_audit_log where case_no = ? and action = 'CASE_OPENED'", Long.class,
        caseNo);
  }

  private JsonNode verify() {
    Api.Response answer = api.get("auditor", "/api/audit/verify");
    assertThat(answer.code()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private void assertValid() {
    JsonNode check = verify();
    assertThat(check.path("valid").asBoolean()).as(check.toString()).isTrue();
  }

  private void assertBroken(long id, String reason) {
    JsonNode check = verify();
    assertThat(check.path("valid").asBoolean()).as(check.toString()).isFalse();
    assertThat(check.path("firstBrokenId").asLong()).as(check.toString()).isEqualTo(id);
    assertThat(check.path("reason").asText()).isEqualTo(reason);
    assertThat(check.has("lastHash")).isFalse();
  }

  private void putBack(Map<String, Object> row) {
    jdbc.update("insert into gd_audit_log (id, recorded_at, actor, action, case_no, details, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        value(row, "id"), value(row, "recorded_at"), value(row, "actor"), value(row, "action"), value(row, "case_no"),
        value(row, "details"), value(row, "prev_hash"), value(row, "hash"));
  }

  /** Column labels are upper case on H2 and lower case on MariaDB. */
  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow().getValue();
  }
}
