package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A log rewritten with recomputed hashes passes the chain check; an anchor noted earlier does not. The nightly
 * check logs the anchor, or the first broken entry.
 */
@GridDeskTest
@ExtendWith(OutputCaptureExtension.class)
class AuditAnchorTest {

  @Autowired
  Api api;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NightlyChainCheck nightly;

  @Autowired
  AuditEntryRepository entries;

  @Test
  void anAnchorNotedEarlierShowsALogRewrittenWithRecomputedHashes() {
    openCase();
    JsonNode noted = verify("");
    long anchorId = noted.path("lastId").asLong();
    String anchorHash = noted.path("lastHash").asText();
    openCase();
    String anchor = "?anchorId=" + anchorId + "&anchorHash=" + anchorHash;
    assertThat(verify(anchor).path("valid").asBoolean()).isTrue();

    Map<String, Object> row = jdbc.queryForMap("select * from gd_audit_log where id = ?", anchorId);
    try {
      rewriteFrom(anchorId, "{\"type\":\"CONSULTATION\"}");

      assertThat(verify("").path("valid").asBoolean()).as("the chain alone cannot tell").isTrue();
      JsonNode check = verify(anchor);
      assertThat(check.path("valid").asBoolean()).isFalse();
      assertThat(check.path("firstBrokenId").asLong()).isEqualTo(anchorId);
      assertThat(check.path("reason").asText()).isEqualTo(AuditVerification.ANCHOR_MISMATCH);
    } finally {
      rewriteFrom(anchorId, (String) value(row, "details"));
    }
    assertThat(verify(anchor).path("valid").asBoolean()).isTrue();
  }

  @Test
  void anAnchorBeyondTheLastEntryMeansTheLogWasCutShort() {
    JsonNode head = verify("");
    long beyond = head.path("lastId").asLong() + 1000;

    JsonNode check = verify("?anchorId=" + beyond + "&anchorHash=" + head.path("lastHash").asText());

    assertThat(check.path("valid").asBoolean()).isFalse();
    assertThat(check.path("firstBrokenId").asLong()).isEqualTo(beyond);
    assertThat(check.path("reason").asText()).isEqualTo(AuditVerification.ANCHOR_GONE);
  }

  @Test
  void aBadAnchorIsRefusedNamingTheField() {
    Api.Response noHash = api.get("auditor", "/api/audit/verify?anchorId=3");
    Api.Response badId = api.get("auditor", "/api/audit/verify?anchorId=x&anchorHash=" + "a".repeat(64));
    Api.Response shortHash = api.get("auditor", "/api/audit/verify?anchorId=3&anchorHash=abc");

    assertThat(noHash.code()).isEqualTo(400);
    assertThat(noHash.body()).contains("anchorHash").doesNotContain("\"anchorId\"");
    assertThat(badId.code()).isEqualTo(400);
    assertThat(badId.body()).contains("anchorId");
    assertThat(shortHash.code()).isEqualTo(400);
    assertThat(shortHash.contentType()).hasToString("application/problem+json");
  }

  @Test
  void theNightlyCheckLogsTheAnchorOrTheBreak(CapturedOutput output) {
    openCase();
    ChainCheck intact = nightly.run();
    assertThat(output.getOut()).contains("audit anchor: entry " + intact.lastId() + " hash " + intact.lastHash());

    long id = intact.lastId();
    String actor = jdbc.queryForObject("select actor from gd_audit_log where id = ?", String.class, id);
    try {
      jdbc.update("update gd_audit_log set actor = 'nobody' where id = ?", id);
      nightly.run();
      assertThat(output.getOut()).contains("audit chain broken at entry " + id + ": hash mismatch (row edited)");
    } finally {
      jdbc.update("update gd_audit_log set actor = ? where id = ?", actor, id);
    }
  }

  /** Changes an entry's details and recomputes its hash and every later link, as a careful forger would. */
  private void rewriteFrom(long id, String details) {
    jdbc.update("update gd_audit_log set details = ? where id = ?", details, id);
    String previousHash = jdbc.queryForObject("select prev_hash from gd_audit_log where id = ?", String.class, id);
    long last = jdbc.queryForObject("select max(id) from gd_audit_log", Long.class);
    for (long entry = id; entry <= last; entry++) {
      Map<String, Object> row = jdbc.queryForMap("select * from gd_audit_log where id = ?", entry);
      String hash = AuditHash.of(entry, entries.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(entry - 1, entry,
          org.springframework.data.domain.PageRequest.ofSize(1)).get(0).getRecordedAt(),
          (String) value(row, "actor"), (String) value(row, "action"), (String) value(row, "case_no"),
          (String) value(row, "details"), previousHash);
      jdbc.update("update gd_audit_log set prev_hash = ?, hash = ? where id = ?", previousHash, hash, entry);
      previousHash = hash;
    }
    jdbc.update("update gd_audit_head set last_hash = ? where id = 1", previousHash);
  }

  private void openCase() {
    api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
  }

  private JsonNode verify(String query) {
    Api.Response answer = api.get("auditor", "/api/audit/verify" + query);
    assertThat(answer.code()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  /** Column labels are upper case on H2 and lower case on MariaDB. */
  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow()
        .getValue();
  }
}
