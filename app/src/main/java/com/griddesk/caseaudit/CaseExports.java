package com.griddesk.caseaudit;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseFilter;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseSearches;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.ExcelCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a period's cases, or their timelines, as CSV straight to the response, so that a big period never sits in
 * memory: the cases are read in chunks, oldest receipt first, each chunk in a short read-only transaction, and a
 * chunk's lines are written after its transaction, so that a slow download holds no database connection.
 *
 * <p>Every export is recorded in the audit log with its filters and the number of rows written, once the last
 * line has gone out or the download broke off ({@code completed} false). The entry is written then and not
 * before, because only then is the number known.
 */
@Service
public class CaseExports {

  private static final Logger log = LoggerFactory.getLogger(CaseExports.class);

  /** Cases per chunk: one query for the cases, one for their clocks (timelines: a few engine queries per case). */
  static final int CHUNK = 100;

  private static final Sort OLDEST_FIRST = Sort.by("receivedAt").and(Sort.by("id"));

  private final CaseRepository cases;
  private final CaseSearches searches;
  private final CaseCsv caseCsv;
  private final TimelineCsv timelineCsv;
  private final AuditLog auditLog;
  private final BusinessClock businessClock;
  private final TransactionTemplate readOnly;

  public CaseExports(CaseRepository cases, CaseSearches searches, CaseCsv caseCsv, TimelineCsv timelineCsv,
      AuditLog auditLog, BusinessClock businessClock, PlatformTransactionManager transactions) {
    this.cases = cases;
    this.searches = searches;
    this.caseCsv = caseCsv;
    this.timelineCsv = timelineCsv;
    this.auditLog = auditLog;
    this.businessClock = businessClock;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** One line per case. */
  public void cases(CaseFilter filter, Authentication user, OutputStream out) throws IOException {
    export(AuditAction.CASES_EXPORTED, CaseCsv.HEADER, filter, user, out, caseCsv::lines);
  }

  /** One line per timeline entry of each case. */
  public void timelines(CaseFilter filter, Authentication user, OutputStream out) throws IOException {
    export(AuditAction.TIMELINES_EXPORTED, TimelineCsv.HEADER, filter, user, out,
        (chunk, now) -> timelineCsv.lines(chunk));
  }

  private void export(AuditAction action, List<String> header, CaseFilter filter, Authentication user,
      OutputStream out, BiFunction<List<ServiceCase>, Instant, List<List<String>>> linesOf) throws IOException {
    // One "now" for the whole export, so that the SLA outcome filter and column agree from the first chunk to the last.
    Instant now = businessClock.now();
    Specification<ServiceCase> selected = searches.specification(filter, null, user, now);
    long caseCount = 0;
    long rows = 0;
    boolean completed = false;
    try {
      out.write(ExcelCsv.BOM);
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(ExcelCsv.line(header));
      ServiceCase last = null;
      while (true) {
        Specification<ServiceCase> after = last == null ? selected : selected.and(after(last));
        Chunk chunk = readOnly.execute(tx -> {
          List<ServiceCase> found = cases.findBy(after, query -> query.sortBy(OLDEST_FIRST).limit(CHUNK).all());
          return new Chunk(found.isEmpty() ? null : found.get(found.size() - 1), found.size(),
              found.isEmpty() ? List.of() : linesOf.apply(found, now));
        });
        for (List<String> line : chunk.lines()) {
          writer.write(ExcelCsv.line(line));
        }
        writer.flush();
        caseCount += chunk.cases();
        rows += chunk.lines().size();
        if (chunk.cases() < CHUNK) {
          break;
        }
        last = chunk.last();
      }
      completed = true;
    } finally {
      record(action, filter, user, caseCount, rows, completed);
    }
  }

  /** After the last case of the previous chunk, in the order (receivedAt, id). */
  private static Specification<ServiceCase> after(ServiceCase last) {
    Instant receivedAt = last.getReceivedAt();
    Long id = last.getId();
    return (root, query, cb) -> cb.or(cb.greaterThan(root.get("receivedAt"), receivedAt),
        cb.and(cb.equal(root.get("receivedAt"), receivedAt), cb.greaterThan(root.get("id"), id)));
  }

  private void record(AuditAction action, CaseFilter filter, Authentication user, long caseCount, long rows,
      boolean completed) {
    List<Object> details = new ArrayList<>();
    for (Map.Entry<String, String> parameter : filter.parameters().entrySet()) {
      details.add(parameter.getKey());
      details.add(parameter.getValue());
    }
    details.addAll(List.of("cases", caseCount, "rows", rows, "completed", completed));
    try {
      auditLog.record(user.getName(), action, null, details.toArray());
    } catch (RuntimeException e) {
      // The data has gone out already; the application log keeps what the audit log could not.
      log.error("export {} by {} with {} ({} rows, completed {}) could not be recorded in the audit log", action,
          user.getName(), filter.parameters(), rows, completed, e);
    }
  }

  private record Chunk(ServiceCase last, int cases, List<List<String>> lines) {}
}
