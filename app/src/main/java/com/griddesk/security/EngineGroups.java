package com.griddesk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Creates a workflow group in the engine's identity store unless it exists. */
@Component
public class EngineGroups {

  private final IdentityService identityService;

  public EngineGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensure(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }
}
