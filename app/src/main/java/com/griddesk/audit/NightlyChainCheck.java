package com.griddesk.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, verifies the audit chain and writes its head to the application log as an anchor: log lines
 * leave the database (log shipping, the operators' archive), so a later rewrite of the log with recomputed hashes
 * shows against an anchor of an earlier night (GET /api/audit/verify?anchorId=&anchorHash=). A broken chain is
 * logged as an error, naming the first broken entry.
 */
@Component
public class NightlyChainCheck {

  private static final Logger log = LoggerFactory.getLogger(NightlyChainCheck.class);

  private final AuditVerification verification;

  public NightlyChainCheck(AuditVerification verification) {
    this.verification = verification;
  }

  @Scheduled(cron = "${griddesk.audit.anchor-cron}", zone = "${griddesk.time-zone}")
  public ChainCheck run() {
    ChainCheck check = verification.verify();
    if (check.valid()) {
      log.info("audit anchor: entry {} hash {} ({} entries, chain intact)", check.lastId(), check.lastHash(),
          check.entries());
    } else {
      log.error("audit chain broken at entry {}: {}", check.firstBrokenId(), check.reason());
    }
    return check;
  }
}
