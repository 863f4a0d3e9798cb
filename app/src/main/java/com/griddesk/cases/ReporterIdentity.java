package com.griddesk.cases;

import com.griddesk.organisation.Hierarchy;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.security.GridDeskGroups;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may know who filed a report (举报). A report's customer is the reporter, who must be protected from the people
 * reported on: only the supervisors of the supply office that handles the report (its unit's {@code
 * supervisor_group} in gd_org_unit, e.g. supervisors-xc) and the auditors may see the reporter's name, phone and
 * account number. Everyone else does not: the handling unit itself, the hotline, the callback team, supervisors of
 * other offices and administrators (who are not part of the rule; they would have to be made members of the
 * office's supervisors' group). When the handling unit has no office on record, only the auditors may.
 * Called from BPMN as {@code ${reporterIdentity...}}.
 */
@Component("reporterIdentity")
public class ReporterIdentity {

  /** Shown in place of the reporter's name to everyone who may not know it. */
  public static final String WITHHELD = "（举报人信息保密）";

  private final Hierarchy hierarchy;
  private final OrgUnitRepository units;
  private final ProcessCases processCases;

  public ReporterIdentity(Hierarchy hierarchy, OrgUnitRepository units, ProcessCases processCases) {
    this.hierarchy = hierarchy;
    this.units = units;
    this.processCases = processCases;
  }

  /** A report's customer is a reporter. */
  public boolean isConfidential(ServiceCase serviceCase) {
    return serviceCase.getType() == CaseType.REPORT;
  }

  /** The case's customer is a reporter this user may not know; without a user, no reporter is known. */
  public boolean withheldFrom(Authentication user, ServiceCase serviceCase) {
    return isConfidential(serviceCase) && !mayIdentify(user, serviceCase);
  }

  /** The auditors, and the supervisors of the office that handles the report. */
  public boolean mayIdentify(Authentication user, ServiceCase serviceCase) {
    if (user == null) {
      return false;
    }
    Set<String> groups = groups(user);
    return groups.contains(GridDeskGroups.AUDITORS)
        || officeSupervisors(serviceCase).map(groups::contains).orElse(false);
  }

  /**
   * The group that reviews a report: its office's supervisors, who may know the reporter and so can check the
   * answer with them; the central supervisors when the handling unit has no office on record.
   */
  public String supervisorGroupOf(DelegateExecution execution) {
    return officeSupervisors(processCases.of(execution)).orElse(GridDeskGroups.SUPERVISORS);
  }

  /**
   * The same rule as {@link #mayIdentify} as a query condition: every case except the reports whose reporter the
   * user may not know. A search by account number uses it, so that a hit does not tell who filed a report.
   */
  public Specification<ServiceCase> exceptReportsWithheldFrom(Authentication user) {
    Set<String> groups = groups(user);
    if (groups.contains(GridDeskGroups.AUDITORS)) {
      return (root, query, cb) -> cb.conjunction();
    }
    List<OrgUnit> all = units.findAll();
    // Hierarchy.chainAbove: the unit of the handling group, or else the office of the service area.
    Set<String> unitHandlerGroups = all.stream().map(OrgUnit::getHandlerGroup).filter(g -> g != null)
        .collect(Collectors.toSet());
    List<OrgUnit> supervised = all.stream().filter(unit -> groups.contains(unit.getSupervisorGroup())).toList();
    Set<String> supervisedHandlerGroups = supervised.stream().map(OrgUnit::getHandlerGroup).filter(g -> g != null)
        .collect(Collectors.toSet());
    Set<String> supervisedOffices = supervised.stream().filter(unit -> unit.getLevel() == OrgUnit.Level.OFFICE)
        .map(OrgUnit::getCode).collect(Collectors.toSet());
    return (root, query, cb) -> {
      Expression<String> handlingGroup = root.get("handlingGroup");
      Predicate handledBySupervisedUnit = in(cb, handlingGroup, supervisedHandlerGroups);
      Predicate inSupervisedArea = cb.and(
          cb.or(cb.isNull(handlingGroup), cb.not(in(cb, handlingGroup, unitHandlerGroups))),
          in(cb, root.get("serviceArea"), supervisedOffices));
      return cb.or(cb.notEqual(root.get("type"), CaseType.REPORT), handledBySupervisedUnit, inSupervisedArea);
    };
  }

  /** The supervisors' group of the office that answers for the case's handling unit (as escalations find it). */
  Optional<String> officeSupervisors(ServiceCase serviceCase) {
    List<OrgUnit> chain = hierarchy.chainAbove(serviceCase.getHandlingGroup(), serviceCase.getServiceArea());
    return chain.stream().findFirst().map(OrgUnit::getSupervisorGroup);
  }

  private static Predicate in(CriteriaBuilder cb, Expression<String> value, Set<String> values) {
    return values.isEmpty() ? cb.disjunction() : value.in(values);
  }

  private static Set<String> groups(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }
}
