package com.griddesk.caseaudit;

import com.griddesk.security.SystemAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units an auditor filters by: the groups cases have been routed to ({@code gd_case.handling_group}: supply
 * offices' handlers, repair crews, business halls, departments), with their display names (e.g. 西城供电所).
 */
@Component
public class HandlingUnits {

  @PersistenceContext
  private EntityManager entityManager;

  private final IdentityService identityService;
  private final SystemAccess systemAccess;

  public HandlingUnits(IdentityService identityService, SystemAccess systemAccess) {
    this.identityService = identityService;
    this.systemAccess = systemAccess;
  }

  /** Every unit any case was routed to, by code; the index on (handling_group, received_at) answers it. */
  @Transactional(readOnly = true)
  public List<String> routedTo() {
    return entityManager.createQuery("select distinct c.handlingGroup from ServiceCase c"
        + " where c.handlingGroup is not null order by c.handlingGroup", String.class).getResultList();
  }

  /**
   * The units' names: their engine groups' names, which auditors may not read through the engine (it grants them
   * no group permissions). Units without a group or a name are left out.
   */
  public Map<String, String> names(Collection<String> units) {
    String[] ids = units.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    List<Group> groups = systemAccess.call(() -> identityService.createGroupQuery().groupIdIn(ids).list());
    return groups.stream().filter(group -> group.getName() != null)
        .collect(Collectors.toMap(Group::getId, Group::getName, (a, b) -> a));
  }
}
