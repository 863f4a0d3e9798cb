package com.griddesk.demo;

import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.security.EngineGroups;
import com.griddesk.security.GridDeskGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the local run (password = user id), the work groups the routing table names (the two demo supply
 * offices' handlers, their repair crews and business halls, two city departments), and the demo organisation
 * above the offices that escalations climb.
 * Loaded only when griddesk.demo-data.enabled is true: the default "demo" profile, never the mysql profile.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "griddesk.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final String HANDLERS_XC = "handlers-xc";
  public static final String HANDLERS_HP = "handlers-hp";

  /** The work groups the routing table names besides the offices' handlers, with their Chinese names. */
  static final List<List<String>> WORK_GROUPS = List.of(
      List.of(HANDLERS_XC, "西城供电所"),
      List.of(HANDLERS_HP, "和平供电所"),
      List.of("repair-xc", "西城抢修班"),
      List.of("repair-hp", "和平抢修班"),
      List.of("business-xc", "西城营业厅"),
      List.of("business-hp", "和平营业厅"),
      List.of("dept-marketing", "市场营销部"),
      List.of("dept-operations", "运维检修部"));

  /** The demo organisation, from the province down to the two supply offices, with a supervisors' group each. */
  static final List<OrgUnit> ORGANISATION = List.of(
      new OrgUnit("SG", "省电力公司", OrgUnit.Level.PROVINCE, null, null, "supervisors-province"),
      new OrgUnit("SZ", "市供电公司", OrgUnit.Level.CITY, "SG", null, "supervisors-city"),
      new OrgUnit("CQ", "城区供电分公司", OrgUnit.Level.COUNTY, "SZ", null, "supervisors-county"),
      new OrgUnit("XC", "西城供电所", OrgUnit.Level.OFFICE, "CQ", HANDLERS_XC, "supervisors-xc"),
      new OrgUnit("HP", "和平供电所", OrgUnit.Level.OFFICE, "CQ", HANDLERS_HP, "supervisors-hp"));

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("agent", "小安", "热线", List.of(GridDeskGroups.HOTLINE)),
      new DemoUser("handler-xc", "小西", "西城", List.of(HANDLERS_XC)),
      new DemoUser("handler-hp", "小和", "和平", List.of(HANDLERS_HP)),
      new DemoUser("crew-xc", "抢修", "西城", List.of("repair-xc")),
      new DemoUser("crew-hp", "抢修", "和平", List.of("repair-hp")),
      new DemoUser("clerk-xc", "营业", "西城", List.of("business-xc")),
      new DemoUser("clerk-hp", "营业", "和平", List.of("business-hp")),
      new DemoUser("marketing", "营销", "市公司", List.of("dept-marketing")),
      new DemoUser("operations", "运检", "市公司", List.of("dept-operations")),
      new DemoUser("supervisor", "主管", "值班", List.of(GridDeskGroups.SUPERVISORS, "supervisors-xc", "supervisors-hp")),
      new DemoUser("county", "督办", "县公司", List.of("supervisors-county")),
      new DemoUser("city", "督办", "市公司", List.of("supervisors-city")),
      new DemoUser("province", "督办", "省公司", List.of("supervisors-province")),
      new DemoUser("callback", "小回", "回访", List.of(GridDeskGroups.CALLBACK)),
      new DemoUser("auditor", "小审", "审计", List.of(GridDeskGroups.AUDITORS)),
      new DemoUser("editor", "小编", "知识库", List.of(GridDeskGroups.KNOWLEDGE_EDITORS)),
      new DemoUser("demo", "演示", "管理员", List.of(Groups.CAMUNDA_ADMIN, GridDeskGroups.HOTLINE)));

  private final IdentityService identityService;
  private final EngineGroups groups;
  private final OrgUnitRepository orgUnits;

  public DemoData(IdentityService identityService, EngineGroups groups, OrgUnitRepository orgUnits) {
    this.identityService = identityService;
    this.groups = groups;
    this.orgUnits = orgUnits;
  }

  @Override
  public void run(ApplicationArguments args) {
    WORK_GROUPS.forEach(group -> groups.ensure(group.get(0), group.get(1)));
    for (OrgUnit unit : ORGANISATION) {
      groups.ensure(unit.getSupervisorGroup(), unit.getName() + "主管");
      if (!orgUnits.existsById(unit.getCode())) {
        orgUnits.save(unit);
      }
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setPassword(demo.id());
      user.setEmail(demo.id() + "@griddesk.example");
      identityService.saveUser(user);
      demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
    }
  }

}
