package com.griddesk.audit;

/**
 * An entry's hash as somebody noted it outside the database earlier (from a verification's lastHash, or the daily
 * anchor line in the log). The chain alone cannot show a log rewritten from some entry on with recomputed
 * hashes; a noted anchor can: that entry's hash will differ, or the entry will be gone.
 */
public record AuditAnchor(long id, String hash) {}
