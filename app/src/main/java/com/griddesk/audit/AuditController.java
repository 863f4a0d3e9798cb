package com.griddesk.audit;

import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/audit/verify: checks the audit log's hash chain (auditors, administrators), optionally against an anchor
 * noted earlier ({@link AuditAnchor}). GET /api/audit?caseNo=...:
 * one case's entries in order (auditors, supervisors, administrators). Who may call them: SecurityConfig.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private static final int MAX_CASE_NO = 32;
  private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");

  private final AuditVerification verification;
  private final AuditEntryRepository entries;

  public AuditController(AuditVerification verification, AuditEntryRepository entries) {
    this.verification = verification;
    this.entries = entries;
  }

  @GetMapping("/verify")
  public ChainCheck verify(@RequestParam(required = false) String anchorId,
      @RequestParam(required = false) String anchorHash) {
    return verification.verify(anchor(anchorId, anchorHash));
  }

  private static AuditAnchor anchor(String id, String hash) {
    if (id == null && hash == null) {
      return null;
    }
    List<FieldProblem> problems = new ArrayList<>();
    long entryId = 0;
    try {
      entryId = id == null ? 0 : Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      entryId = 0;
    }
    if (entryId < 1) {
      problems.add(new FieldProblem("anchorId", "请填写记下的审计条目编号（正整数）"));
    }
    if (hash == null || !HASH.matcher(hash.strip()).matches()) {
      problems.add(new FieldProblem("anchorHash", "请填写记下的哈希值（64 位十六进制）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new AuditAnchor(entryId, hash.strip().toLowerCase(Locale.ROOT));
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
