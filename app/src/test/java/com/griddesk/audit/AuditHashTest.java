package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The canonical form: every field counts, and text moved between fields changes the hash. */
class AuditHashTest {

  private static final Instant AT = Instant.parse("2026-03-10T02:00:00Z");

  @Test
  void isLowerCaseHexOfSha256AndStable() {
    String hash = AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS);

    assertThat(hash).matches("[0-9a-f]{64}")
        .isEqualTo(AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS));
  }

  @Test
  void changesWithEveryField() {
    String hash = AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS);

    assertThat(AuditHash.of(2, AT, "agent", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS)).isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT.plusSeconds(1), "agent", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS))
        .isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT, "agent2", "CASE_OPENED", "TS1", "{}", AuditHash.GENESIS)).isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT, "agent", "CASE_URGED", "TS1", "{}", AuditHash.GENESIS)).isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS2", "{}", AuditHash.GENESIS)).isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS1", null, AuditHash.GENESIS)).isNotEqualTo(hash);
    assertThat(AuditHash.of(1, AT, "agent", "CASE_OPENED", "TS1", "{}", "1".repeat(64))).isNotEqualTo(hash);
  }

  @Test
  void textMovedBetweenFieldsOrNullVersusEmptyDiffers() {
    assertThat(AuditHash.of(1, AT, "ab", "C", null, null, AuditHash.GENESIS))
        .isNotEqualTo(AuditHash.of(1, AT, "a", "bC", null, null, AuditHash.GENESIS));
    assertThat(AuditHash.of(1, AT, "a", "C", null, null, AuditHash.GENESIS))
        .isNotEqualTo(AuditHash.of(1, AT, "a", "C", "", null, AuditHash.GENESIS));
  }
}
