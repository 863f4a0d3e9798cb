package com.griddesk.organisation;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.security.EngineGroups;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the organisation that escalations climb: units, their parents and their groups. A unit's
 * parent must be of a higher level, so the hierarchy can have no cycle; only supply offices have a handling group.
 * The groups a unit names are created in the engine if they do not exist.
 */
@Service
public class OrgUnitAdministration {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");
  /** The engine's group id rule (application.yml, generalResourceWhitelistPattern). */
  private static final Pattern GROUP = Pattern.compile("[a-zA-Z0-9]+([_.-][a-zA-Z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final OrgUnitRepository units;
  private final EngineGroups groups;
  private final AuditLog audit;

  public OrgUnitAdministration(OrgUnitRepository units, EngineGroups groups, AuditLog audit) {
    this.audit = audit;
    this.units = units;
    this.groups = groups;
  }

  @Transactional(readOnly = true)
  public List<OrgUnitView> all() {
    return units.findAll().stream()
        .sorted(Comparator.comparing(OrgUnit::getLevel).reversed().thenComparing(OrgUnit::getCode))
        .map(OrgUnitView::of).toList();
  }

  /** Whether every character is a whole character of Unicode's basic plane (no surrogates, paired or not). */
  private static boolean inBasicPlane(String text) {
    return text.chars().noneMatch(c -> Character.isSurrogate((char) c));
  }

  /** Creates or replaces the unit; returns whether it was new. */
  @Transactional
  public Saved save(String code, OrgUnitRequest request, String user) {
    List<FieldProblem> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(new FieldProblem("code", "单位编码应为 2-16 位大写字母或数字"));
    }
    String name = request.name() == null ? null : request.name().strip();
    if (name == null || name.isEmpty() || name.length() > 100 || CONTROL.matcher(name).find()) {
      problems.add(new FieldProblem("name", "必填，不超过 100 个字符，不含控制字符"));
    } else if (!inBasicPlane(name)) {
      // The name is also the engine's group name, a utf8 (3-byte) column on MySQL: no supplementary characters.
      problems.add(new FieldProblem("name", "不能含扩展区汉字、表情符号等四字节字符"));
    }
    OrgUnit.Level level = level(request.level(), problems);
    String parent = blankToNull(request.parentCode());
    String handlerGroup = blankToNull(request.handlerGroup());
    String supervisorGroup = blankToNull(request.supervisorGroup());
    if (supervisorGroup == null || !GROUP.matcher(supervisorGroup).matches()) {
      problems.add(new FieldProblem("supervisorGroup", "必填：字母、数字，可用单个 - _ . 连接"));
    }
    if (level != null) {
      checkParent(code, level, parent, problems);
      checkHandlerGroup(code, level, handlerGroup, problems);
      checkChildren(code, level, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    groups.ensure(supervisorGroup, name + "主管");
    if (handlerGroup != null) {
      groups.ensure(handlerGroup, name);
    }
    var existing = units.findById(code);
    if (existing.isEmpty()) {
      OrgUnit created = units.save(new OrgUnit(code, name, level, parent, handlerGroup, supervisorGroup));
      audit.record(user, AuditAction.ORG_UNIT_CHANGED, null, "unit", code, "created", true,
          "level", level, "parentCode", parent, "handlerGroup", handlerGroup, "supervisorGroup", supervisorGroup);
      return new Saved(OrgUnitView.of(created), true);
    }
    OrgUnit unit = existing.get();
    List<String> changed = unit.changes(name, level, parent, handlerGroup, supervisorGroup);
    if (!changed.isEmpty()) {
      unit.update(name, level, parent, handlerGroup, supervisorGroup);
      audit.record(user, AuditAction.ORG_UNIT_CHANGED, null, "unit", code, "created", false,
          "changed", String.join(",", changed), "level", level, "parentCode", parent, "handlerGroup", handlerGroup,
          "supervisorGroup", supervisorGroup);
    }
    // Else the same PUT again (e.g. a client's retry): nothing changed, so nothing is recorded.
    return new Saved(OrgUnitView.of(unit), false);
  }

  private static OrgUnit.Level level(String value, List<FieldProblem> problems) {
    for (OrgUnit.Level level : OrgUnit.Level.values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    problems.add(new FieldProblem("level", "取值应为以下之一：OFFICE, COUNTY, CITY, PROVINCE"));
    return null;
  }

  private void checkParent(String code, OrgUnit.Level level, String parent, List<FieldProblem> problems) {
    if (level == OrgUnit.Level.PROVINCE) {
      if (parent != null) {
        problems.add(new FieldProblem("parentCode", "省公司没有上级单位"));
      }
      return;
    }
    if (parent == null) {
      problems.add(new FieldProblem("parentCode", "必填：上级单位编码"));
      return;
    }
    var parentUnit = units.findById(parent);
    if (parentUnit.isEmpty() || parent.equals(code)) {
      problems.add(new FieldProblem("parentCode", "上级单位 " + parent + " 不存在"));
    } else if (parentUnit.get().getLevel().compareTo(level) <= 0) {
      problems.add(new FieldProblem("parentCode", "上级单位的层级应高于本单位"));
    }
  }

  private void checkHandlerGroup(String code, OrgUnit.Level level, String handlerGroup, List<FieldProblem> problems) {
    if (level != OrgUnit.Level.OFFICE) {
      if (handlerGroup != null) {
        problems.add(new FieldProblem("handlerGroup", "只有供电所有处理组"));
      }
      return;
    }
    if (handlerGroup == null || !GROUP.matcher(handlerGroup).matches()) {
      problems.add(new FieldProblem("handlerGroup", "必填：字母、数字，可用单个 - _ . 连接"));
      return;
    }
    units.findByHandlerGroup(handlerGroup).filter(other -> !other.getCode().equals(code)).ifPresent(other ->
        problems.add(new FieldProblem("handlerGroup", "处理组已属于单位 " + other.getCode())));
  }

  private void checkChildren(String code, OrgUnit.Level level, List<FieldProblem> problems) {
    if (code == null) {
      return;
    }
    boolean childNotBelow = units.findByParentCode(code).stream().anyMatch(child -> child.getLevel().compareTo(level) >= 0);
    if (childNotBelow) {
      problems.add(new FieldProblem("level", "下级单位的层级应低于本单位"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public record Saved(OrgUnitView unit, boolean created) {}
}
