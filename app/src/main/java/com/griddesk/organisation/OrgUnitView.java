package com.griddesk.organisation;

public record OrgUnitView(String code, String name, OrgUnit.Level level, String parentCode, String handlerGroup,
    String supervisorGroup) {

  static OrgUnitView of(OrgUnit unit) {
    return new OrgUnitView(unit.getCode(), unit.getName(), unit.getLevel(), unit.getParentCode(),
        unit.getHandlerGroup(), unit.getSupervisorGroup());
  }
}
