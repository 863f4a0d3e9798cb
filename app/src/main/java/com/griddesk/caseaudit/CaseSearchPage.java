package com.griddesk.caseaudit;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseFilter;
import com.griddesk.cases.CaseSearches;
import com.griddesk.cases.CaseSummary;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case search page (/cases) for auditors, supervisors and administrators, opened with the Tasklist session:
 * the API's search filters as a form, the results in pages with links to each case's page, and the two CSV
 * exports of the same filters for those who may export. Read only: it has no form that changes anything.
 * Without a period it shows the current month.
 */
@Controller
public class CaseSearchPage {

  static final int PAGE_SIZE = 50;
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final CaseSearches searches;
  private final CaseAccess access;
  private final HandlingUnits units;
  private final OrgUnitRepository orgUnits;
  private final BusinessClock businessClock;

  public CaseSearchPage(CaseSearches searches, CaseAccess access, HandlingUnits units, OrgUnitRepository orgUnits,
      BusinessClock businessClock) {
    this.searches = searches;
    this.access = access;
    this.units = units;
    this.orgUnits = orgUnits;
    this.businessClock = businessClock;
  }

  @GetMapping("/cases")
  public ResponseEntity<String> show(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String type,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String status,
      @RequestParam(required = false) String slaOutcome, @RequestParam(required = false) String serviceArea,
      @RequestParam(required = false) String page, Authentication user) {
    if (!access.inAnyOf(user, GridDeskGroups.CASE_SEARCHERS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(HTML).body(CaseSearchPageHtml.message(
          "无权访问", "工单查询仅供审计、值班主管和系统管理员使用。当前账号 " + user.getName() + " 无权查看全部工单。"));
    }
    if (blank(from) && blank(to)) {
      LocalDate today = businessClock.now().atZone(businessClock.zone()).toLocalDate();
      from = today.withDayOfMonth(1).toString();
      to = today.toString();
    }
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("from", from);
    entered.put("to", to);
    entered.put("type", type);
    entered.put("unit", unit);
    entered.put("status", status);
    entered.put("slaOutcome", slaOutcome);
    entered.put("serviceArea", serviceArea);

    List<FieldProblem> problems = new ArrayList<>();
    CaseFilter filter = CaseFilter.parse(from, to, type, unit, status, slaOutcome, serviceArea, true, problems);
    int pageNo = pageNumber(page, problems);
    CaseSearchPageHtml.Choices choices = choices();
    if (!problems.isEmpty()) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(HTML).body(CaseSearchPageHtml.page(
          new CaseSearchPageHtml.Content(user.getName(), entered, choices, problems, null, null, false),
          businessClock.zone()));
    }
    Page<CaseSummary> result = searches.search(filter, null, user, pageNo, PAGE_SIZE);
    return ResponseEntity.ok().contentType(HTML).body(CaseSearchPageHtml.page(
        new CaseSearchPageHtml.Content(user.getName(), entered, choices, List.of(), filter, result,
            access.inAnyOf(user, GridDeskGroups.CASE_EXPORTERS)), businessClock.zone()));
  }

  /** The units and service areas to choose from, with their names. */
  private CaseSearchPageHtml.Choices choices() {
    List<String> routed = units.routedTo();
    Map<String, String> areas = new LinkedHashMap<>();
    orgUnits.findAll().stream().filter(orgUnit -> orgUnit.getLevel() == OrgUnit.Level.OFFICE)
        .sorted(Comparator.comparing(OrgUnit::getCode))
        .forEach(office -> areas.put(office.getCode(), office.getName()));
    return new CaseSearchPageHtml.Choices(routed, units.names(routed), areas);
  }

  private static int pageNumber(String page, List<FieldProblem> problems) {
    if (blank(page)) {
      return 0;
    }
    try {
      int number = Integer.parseInt(page.strip());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new FieldProblem("page", "应为不小于 0 的整数"));
    return 0;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
