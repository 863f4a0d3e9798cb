package com.griddesk.cases;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading cases: one case with its tasks and clocks, or a paged search. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

  private static final Logger log = LoggerFactory.getLogger(CaseController.class);
  private static final int MAX_PAGE_SIZE = 100;

  private final CaseRepository cases;
  private final CaseViews views;
  private final CaseAccess access;
  private final CaseSearches searches;
  private final AuditLog audit;

  public CaseController(CaseRepository cases, CaseViews views, CaseAccess access, CaseSearches searches,
      AuditLog audit) {
    this.audit = audit;
    this.cases = cases;
    this.views = views;
    this.access = access;
    this.searches = searches;
  }

  @GetMapping("/{caseNo}")
  @Transactional(readOnly = true)
  public CaseView get(@PathVariable String caseNo, Authentication user) {
    ServiceCase serviceCase = cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
    return views.of(serviceCase);
  }

  /**
   * The customer's name and phone in clear, for the people who must call them (a reporter's only for those who may
   * know them). Every access is recorded in the audit log (who and which case, never the data), so that the
   * case's timeline shows who saw the customer's number; a refused read records nothing.
   */
  @GetMapping("/{caseNo}/contact")
  @Transactional
  public Customer contact(@PathVariable String caseNo, Authentication user) {
    ServiceCase serviceCase = cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
    if (!access.canContactCustomer(user, serviceCase)) {
      throw new AccessDeniedException("no contact access to " + caseNo);
    }
    audit.record(user.getName(), AuditAction.CONTACT_READ, caseNo);
    log.info("customer contact of case {} read by {}", caseNo, user.getName());
    return serviceCase.customer();
  }

  /**
   * Paged search, newest receipt first. Everyone reads only what {@link CaseAccess} lets them: the new filters
   * (period, unit, SLA outcome) narrow a handling unit's own cases, they never widen them.
   */
  @GetMapping
  public Map<String, Object> search(
      @RequestParam(required = false) String accountNo,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String serviceArea,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String slaOutcome,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size,
      Authentication user) {
    List<FieldProblem> problems = new ArrayList<>();
    CaseFilter filter = CaseFilter.parse(from, to, type, unit, status, slaOutcome, serviceArea, false, problems);
    int pageNo = intParam("page", page, 0, Integer.MAX_VALUE, problems);
    int pageSize = intParam("size", size, 1, MAX_PAGE_SIZE, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Page<CaseSummary> result = searches.search(filter, blankToNull(accountNo), user, pageNo, pageSize);
    return Map.of(
        "items", result.getContent(),
        "page", pageNo,
        "size", pageSize,
        "totalItems", result.getTotalElements(),
        "totalPages", result.getTotalPages());
  }

  private static int intParam(String name, String value, int min, int max, List<FieldProblem> problems) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem(name, "应为 " + min + " 到 " + max + " 之间的整数"));
    return min;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
