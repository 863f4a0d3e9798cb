package com.griddesk.cases;

import com.griddesk.security.GridDeskGroups;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read which case: the hotline, supervisors, callback team, auditors and administrators read all cases;
 * a handling unit reads only the cases routed to it. A report's reporter is known to few ({@link ReporterIdentity}).
 */
@Component
public class CaseAccess {

  private static final Set<String> CONTACT_GROUPS =
      Set.of(GridDeskGroups.SUPERVISORS, GridDeskGroups.CALLBACK, GridDeskGroups.ADMINS);

  private final ReporterIdentity reporterIdentity;

  public CaseAccess(ReporterIdentity reporterIdentity) {
    this.reporterIdentity = reporterIdentity;
  }

  public boolean readsAllCases(Authentication user) {
    return groups(user).stream().anyMatch(GridDeskGroups.CASE_WIDE_READERS::contains);
  }

  public boolean canRead(Authentication user, ServiceCase serviceCase) {
    return readsAllCases(user)
        || (serviceCase.getHandlingGroup() != null && groups(user).contains(serviceCase.getHandlingGroup()));
  }

  /**
   * Clear-text contact data: the handling unit, supervisors, the callback team and administrators; a report's
   * reporter only to those who may know them.
   */
  public boolean canContactCustomer(Authentication user, ServiceCase serviceCase) {
    if (reporterIdentity.isConfidential(serviceCase)) {
      return reporterIdentity.mayIdentify(user, serviceCase);
    }
    Set<String> groups = groups(user);
    return groups.stream().anyMatch(CONTACT_GROUPS::contains)
        || (serviceCase.getHandlingGroup() != null && groups.contains(serviceCase.getHandlingGroup()));
  }

  /** The case's handling unit, and administrators: those who work the case, e.g. pause its clocks. */
  public boolean handles(Authentication user, ServiceCase serviceCase) {
    Set<String> groups = groups(user);
    return groups.contains(GridDeskGroups.ADMINS)
        || (serviceCase.getHandlingGroup() != null && groups.contains(serviceCase.getHandlingGroup()));
  }

  public boolean inAnyOf(Authentication user, Set<String> someGroups) {
    return groups(user).stream().anyMatch(someGroups::contains);
  }

  public Set<String> groups(Authentication user) {
    Collection<? extends GrantedAuthority> authorities = user.getAuthorities();
    return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
  }
}
