package com.griddesk.queuecallback;

import com.griddesk.security.GridDeskGroups;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see queue callbacks (the hotline, supervisors, auditors, administrators) and who calls the customers
 * back, and so reads the number in clear and records the result (the hotline and administrators).
 */
@Component
public class QueueCallbackAccess {

  static final Set<String> READERS =
      Set.of(GridDeskGroups.HOTLINE, GridDeskGroups.SUPERVISORS, GridDeskGroups.AUDITORS, GridDeskGroups.ADMINS);
  static final Set<String> CALLERS = Set.of(GridDeskGroups.HOTLINE, GridDeskGroups.ADMINS);

  public boolean canRead(Authentication user) {
    return inAnyOf(user, READERS);
  }

  public boolean calls(Authentication user) {
    return inAnyOf(user, CALLERS);
  }

  private static boolean inAnyOf(Authentication user, Set<String> groups) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(groups::contains);
  }
}
