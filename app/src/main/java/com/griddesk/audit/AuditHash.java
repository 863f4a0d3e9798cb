package com.griddesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 (lower-case hex) over the entry's fields in a canonical form. Each field is written as
 * its UTF-8 length, a colon and its value, and a null as "-", so that no two different entries share a form
 * (e.g. moving text from one field to the next changes the lengths). Time is whole epoch seconds.
 */
public final class AuditHash {

  /** The prev_hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  public static String of(long id, Instant recordedAt, String actor, String action, String caseNo, String details,
      String prevHash) {
    StringBuilder form = new StringBuilder("griddesk-audit-v1");
    field(form, Long.toString(id));
    field(form, Long.toString(recordedAt.getEpochSecond()));
    field(form, actor);
    field(form, action);
    field(form, caseNo);
    field(form, details);
    field(form, prevHash);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void field(StringBuilder form, String value) {
    form.append('|');
    if (value == null) {
      form.append('-');
    } else {
      form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
  }
}
