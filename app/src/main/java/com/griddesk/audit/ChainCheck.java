package com.griddesk.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of a chain verification: valid with the count and the last entry, or the first broken entry and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, Long entries, Long lastId, String lastHash, Long firstBrokenId,
    String reason) {

  static ChainCheck intact(long entries, long lastId, String lastHash) {
    return new ChainCheck(true, entries, lastId, lastHash, null, null);
  }

  static ChainCheck broken(long firstBrokenId, String reason) {
    return new ChainCheck(false, null, null, null, firstBrokenId, reason);
  }
}
