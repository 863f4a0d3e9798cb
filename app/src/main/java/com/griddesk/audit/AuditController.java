package com.griddesk.audit;

import com.griddesk.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/audit/verify: checks the audit log's hash chain (auditors, administrators). GET /api/audit?caseNo=...:
 * one case's entries in order (auditors, supervisors, administrators). Who may call them: SecurityConfig.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private static final int MAX_CASE_NO = 32;

  private final AuditVerification verification;
  private final AuditEntryRepository entries;

  public AuditController(AuditVerification verification, AuditEntryRepository entries) {
    this.verification = verification;
    this.entries = entries;
  }

  @GetMapping("/verify")
  public ChainCheck verify() {
    return verification.verify();
  }

  @GetMapping
  public List<EntryView> ofCase(@RequestParam(required = false) String caseNo) {
    if (caseNo == null || caseNo.isBlank() || caseNo.length() > MAX_CASE_NO) {
      throw InvalidRequestException.of("caseNo", "请填写工单编号（不超过 " + MAX_CASE_NO + " 个字符）");
    }
    return entries.findByCaseNoOrderByIdAsc(caseNo.strip()).stream().map(EntryView::of).toList();
  }

  /** An entry as the API shows it; details as stored (a small JSON object as text). */
  public record EntryView(long id, Instant recordedAt, String actor, String action, String caseNo, String details,
      String hash) {

    static EntryView of(AuditEntry entry) {
      return new EntryView(entry.getId(), entry.getRecordedAt(), entry.getActor(), entry.getAction(),
          entry.getCaseNo(), entry.getDetails(), entry.getHash());
    }
  }
}
