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
    return chainAbove(handlingGroup, null);
  }

  /**
   * The office of the handling group, or else the office that serves the area (a repair crew or business hall
   * group belongs to no office record, but the area's office answers for its work), then its parents.
   */
  public List<OrgUnit> chainAbove(String handlingGroup, String serviceArea) {
    List<OrgUnit> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    OrgUnit unit = handlingGroup == null ? null : units.findByHandlerGroup(handlingGroup).orElse(null);
    if (unit == null && serviceArea != null) {
      unit = units.findById(serviceArea).filter(found -> found.getLevel() == OrgUnit.Level.OFFICE).orElse(null);
    }
    while (unit != null && seen.add(unit.getCode())) {
      chain.add(unit);
      unit = unit.getParentCode() == null ? null : units.findById(unit.getParentCode()).orElse(null);
    }
    return chain;
  }
}
