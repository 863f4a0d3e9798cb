package com.griddesk.cases;

import com.griddesk.sla.BusinessClock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case searches of the API, the case search page and the exports: the filters, restricted to the units whose
 * cases the user reads ({@link CaseAccess}), and without the reports a search by account number would betray
 * ({@link ReporterIdentity}). All of it is one query condition, so the database does the filtering.
 */
@Component
public class CaseSearches {

  /**
   * Newest receipt first, of one second the last registered first: a stable order across pages, and the order of
   * the indexes on received_at (which hold the id), so the database reads a page without sorting the period.
   */
  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "receivedAt", "id");

  private final CaseRepository cases;
  private final CaseViews views;
  private final CaseAccess access;
  private final ReporterIdentity reporterIdentity;
  private final BusinessClock businessClock;

  public CaseSearches(CaseRepository cases, CaseViews views, CaseAccess access, ReporterIdentity reporterIdentity,
      BusinessClock businessClock) {
    this.cases = cases;
    this.views = views;
    this.access = access;
    this.reporterIdentity = reporterIdentity;
    this.businessClock = businessClock;
  }

  /**
   * The cases of the filter (and account number, if not null) that this user may find; {@code now} decides which
   * running clocks are past their deadline.
   */
  public Specification<ServiceCase> specification(CaseFilter filter, String accountNo, Authentication user,
      Instant now) {
    CaseSearch search = new CaseSearch(filter, businessClock.zone(), accountNo,
        access.readsAllCases(user) ? null : access.groups(user), now);
    Specification<ServiceCase> where = search.toSpecification();
    if (accountNo != null) {
      // A hit would tell who filed a report.
      where = where.and(reporterIdentity.exceptReportsWithheldFrom(user));
    }
    return where;
  }

  @Transactional(readOnly = true)
  public Page<CaseSummary> search(CaseFilter filter, String accountNo, Authentication user, int page, int size) {
    PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
    Page<ServiceCase> found = cases.findAll(specification(filter, accountNo, user, businessClock.now()), request);
    return new PageImpl<>(views.summariesOf(found.getContent()), request, found.getTotalElements());
  }
}
