package com.griddesk.casepage;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.sla.BusinessClock;
import com.griddesk.timeline.CaseTimeline;
import com.griddesk.web.PageHtml;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case page (/cases/{caseNo}) for staff logged in to the webapps: the case, its tasks, clocks, escalations,
 * urges, callbacks and its whole timeline, in Chinese. Read only. Shown to whoever may read the case
 * ({@link CaseAccess#canRead}, as the API); anyone else gets the same 404 page as for an unknown number, so that
 * case numbers of other units are not confirmed. The Tasklist session is the login (SecurityConfig's page chain).
 */
@Controller
public class CasePage {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseViews views;
  private final CaseTimeline timeline;
  private final OrgUnitRepository units;
  private final FormFieldLabels fields;
  private final BusinessClock businessClock;

  public CasePage(CaseRepository cases, CaseAccess access, CaseViews views, CaseTimeline timeline,
      OrgUnitRepository units, FormFieldLabels fields, BusinessClock businessClock) {
    this.cases = cases;
    this.access = access;
    this.views = views;
    this.timeline = timeline;
    this.units = units;
    this.fields = fields;
    this.businessClock = businessClock;
  }

  @GetMapping("/cases/{caseNo}")
  @Transactional(readOnly = true)
  public ResponseEntity<String> show(@PathVariable String caseNo, Authentication user) {
    return cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found))
        .map(found -> ResponseEntity.ok().contentType(HTML).body(html(found, user)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
            .body(PageHtml.message("工单不存在", "找不到工单 " + caseNo + "，或当前账号无权查看。")));
  }

  private String html(ServiceCase serviceCase, Authentication user) {
    String unitName = serviceCase.getHandlingGroup() == null ? null
        : units.findByHandlerGroup(serviceCase.getHandlingGroup()).map(OrgUnit::getName).orElse(null);
    return CasePageHtml.page(new CasePageHtml.Page(views.of(serviceCase), unitName,
        timeline.of(serviceCase).entries(), user.getName()), fields, businessClock.zone());
  }
}
