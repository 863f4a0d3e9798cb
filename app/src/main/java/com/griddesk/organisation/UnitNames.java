package com.griddesk.organisation;

import com.griddesk.security.SystemAccess;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The Chinese names people know work groups by (西城供电所 for handlers-xc). The engine's groups are read without
 * the user's engine authorizations: names only, for readers of reports and the dashboard, who may not read groups.
 */
@Component
public class UnitNames {

  private final OrgUnitRepository units;
  private final IdentityService identityService;
  private final SystemAccess systemAccess;

  public UnitNames(OrgUnitRepository units, IdentityService identityService, SystemAccess systemAccess) {
    this.units = units;
    this.identityService = identityService;
    this.systemAccess = systemAccess;
  }

  /** The engine group names of those ids that have one (nulls among the ids are ignored); one query. */
  public Map<String, String> groupNames(Collection<String> groupIds) {
    List<String> ids = groupIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      List<Group> groups = systemAccess.call(
          () -> identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list());
      groups.stream().filter(group -> group.getName() != null)
          .forEach(group -> names.put(group.getId(), group.getName()));
    }
    return names;
  }

  /**
   * A supply office's current name for its handling group (the engine group keeps the name it was created with,
   * so a renamed office would show its old name), else the engine group's name: repair crews, business halls,
   * departments and role groups have no unit record. Two queries, whatever the count.
   */
  public Map<String, String> of(Collection<String> groupIds) {
    Map<String, String> names = groupNames(groupIds);
    List<String> ids = groupIds.stream().filter(Objects::nonNull).distinct().toList();
    if (!ids.isEmpty()) {
      units.findByHandlerGroupIn(ids).forEach(unit -> names.put(unit.getHandlerGroup(), unit.getName()));
    }
    return names;
  }
}
