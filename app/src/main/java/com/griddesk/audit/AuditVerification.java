package com.griddesk.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Recomputes the chain from the first entry up to the head, one page at a time (each page its own read, nothing
 * kept but the previous entry). Entries appended while it runs, after the head it read first, are left for the
 * next run. The first problem found is the answer.
 */
@Service
public class AuditVerification {

  static final String EDITED = "hash mismatch (row edited)";
  static final String LINK_BROKEN = "prev_hash does not match the previous entry";
  static final String HEAD_MISMATCH = "head does not match the last entry";
  static final String ANCHOR_MISMATCH = "hash differs from the anchor noted earlier (log rewritten)";
  static final String ANCHOR_GONE = "entry of the anchor noted earlier is gone (log truncated)";
  private static final int PAGE = 500;

  private final AuditEntryRepository entries;
  private final AuditHeadRepository heads;

  public AuditVerification(AuditEntryRepository entries, AuditHeadRepository heads) {
    this.entries = entries;
    this.heads = heads;
  }

  public ChainCheck verify() {
    return verify(null);
  }

  /** Verifies the chain and, if an anchor is given, that its entry still has the hash noted then. */
  public ChainCheck verify(AuditAnchor anchor) {
    AuditHead head = heads.findById(AuditHead.ID).orElseThrow();
    long previousId = 0;
    String previousHash = AuditHash.GENESIS;
    long count = 0;
    List<AuditEntry> page;
    do {
      page = entries.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(previousId, head.getLastId(),
          PageRequest.ofSize(PAGE));
      for (AuditEntry entry : page) {
        if (entry.getId() != previousId + 1) {
          return ChainCheck.broken(previousId + 1, missingAfter(previousId));
        }
        if (!previousHash.equals(entry.getPrevHash())) {
          return ChainCheck.broken(entry.getId(), LINK_BROKEN);
        }
        String recomputed = AuditHash.of(entry.getId(), entry.getRecordedAt(), entry.getActor(),
            entry.getAction(), entry.getCaseNo(), entry.getDetails(), entry.getPrevHash());
        if (!recomputed.equals(entry.getHash())) {
          return ChainCheck.broken(entry.getId(), EDITED);
        }
        if (anchor != null && anchor.id() == entry.getId() && !anchor.hash().equals(entry.getHash())) {
          return ChainCheck.broken(entry.getId(), ANCHOR_MISMATCH);
        }
        previousId = entry.getId();
        previousHash = entry.getHash();
        count++;
      }
    } while (page.size() == PAGE);
    if (previousId != head.getLastId()) {
      return ChainCheck.broken(previousId + 1, missingAfter(previousId));
    }
    if (!previousHash.equals(head.getLastHash())) {
      return ChainCheck.broken(previousId, HEAD_MISMATCH);
    }
    if (anchor != null && anchor.id() > previousId) {
      return ChainCheck.broken(anchor.id(), ANCHOR_GONE);
    }
    return ChainCheck.intact(count, previousId, previousHash);
  }

  static String missingAfter(long id) {
    return "entry missing after " + id + " (row removed)";
  }
}
