package com.griddesk.demo;

import com.griddesk.security.GridDeskGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the local run (password = user id), and the two demo supply offices' handler groups.
 * Loaded only when griddesk.demo-data.enabled is true: the default "demo" profile, never the mysql profile.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "griddesk.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final String HANDLERS_XC = "handlers-xc";
  public static final String HANDLERS_HP = "handlers-hp";

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("agent", "小安", "热线", List.of(GridDeskGroups.HOTLINE)),
      new DemoUser("handler-xc", "小西", "西城", List.of(HANDLERS_XC)),
      new DemoUser("handler-hp", "小和", "和平", List.of(HANDLERS_HP)),
      new DemoUser("supervisor", "主管", "值班", List.of(GridDeskGroups.SUPERVISORS)),
      new DemoUser("callback", "小回", "回访", List.of(GridDeskGroups.CALLBACK)),
      new DemoUser("auditor", "小审", "审计", List.of(GridDeskGroups.AUDITORS)),
      new DemoUser("demo", "演示", "管理员", List.of(Groups.CAMUNDA_ADMIN, GridDeskGroups.HOTLINE)));

  private final IdentityService identityService;

  public DemoData(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroup(HANDLERS_XC, "西城供电所");
    ensureGroup(HANDLERS_HP, "和平供电所");
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

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }
}
