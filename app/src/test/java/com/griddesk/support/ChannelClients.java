package com.griddesk.support;

import com.griddesk.security.GridDeskGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** A channel system's account (group "channels"): the demo data has none. Password = id. */
public final class ChannelClients {

  private ChannelClients() {}

  public static void ensure(IdentityService identityService, String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, GridDeskGroups.CHANNELS);
    }
  }
}
