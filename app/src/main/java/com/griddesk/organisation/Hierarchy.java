package com.griddesk.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The chain of units above a handling unit, from its supply office up to the province. */
@Component
public class Hierarchy {

  private final OrgUnitRepository units;

  public Hierarchy(OrgUnitRepository units) {
    this.units = units;
  }

  /** The handling group's office first, then its parents; empty when the group has no unit on record. */
  public List<OrgUnit> chainAbove(String handlingGroup) {
    List<OrgUnit> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    OrgUnit unit = handlingGroup == null ? null : units.findByHandlerGroup(handlingGroup).orElse(null);
    while (unit != null && seen.add(unit.getCode())) {
      chain.add(unit);
      unit = unit.getParentCode() == null ? null : units.findById(unit.getParentCode()).orElse(null);
    }
    return chain;
  }
}
