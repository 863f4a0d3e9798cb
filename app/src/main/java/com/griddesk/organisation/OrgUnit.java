package com.griddesk.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A unit of the utility: a supply office, a county or city company, or the province, with its supervisors' group. */
@Entity
@Table(name = "gd_org_unit")
public class OrgUnit {

  public enum Level { OFFICE, COUNTY, CITY, PROVINCE }

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private Level level;

  @Column(name = "parent_code")
  private String parentCode;

  /** The group that works the unit's cases; only supply offices have one. */
  @Column(name = "handler_group")
  private String handlerGroup;

  @Column(name = "supervisor_group", nullable = false)
  private String supervisorGroup;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, Level level, String parentCode, String handlerGroup,
      String supervisorGroup) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parentCode = parentCode;
    this.handlerGroup = handlerGroup;
    this.supervisorGroup = supervisorGroup;
  }

  /** The names of the fields an update with these values would change; empty when it would change nothing. */
  public List<String> changes(String name, Level level, String parentCode, String handlerGroup,
      String supervisorGroup) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(this.name, name)) {
      changed.add("name");
    }
    if (this.level != level) {
      changed.add("level");
    }
    if (!Objects.equals(this.parentCode, parentCode)) {
      changed.add("parentCode");
    }
    if (!Objects.equals(this.handlerGroup, handlerGroup)) {
      changed.add("handlerGroup");
    }
    if (!Objects.equals(this.supervisorGroup, supervisorGroup)) {
      changed.add("supervisorGroup");
    }
    return changed;
  }

  /** An administrator changed the unit. */
  public void update(String name, Level level, String parentCode, String handlerGroup, String supervisorGroup) {
    this.name = name;
    this.level = level;
    this.parentCode = parentCode;
    this.handlerGroup = handlerGroup;
    this.supervisorGroup = supervisorGroup;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public Level getLevel() { return level; }
  public String getParentCode() { return parentCode; }
  public String getHandlerGroup() { return handlerGroup; }
  public String getSupervisorGroup() { return supervisorGroup; }
}
