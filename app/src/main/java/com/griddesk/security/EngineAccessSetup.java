package com.griddesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.griddesk.startup.SetupLock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure GridDesk's role groups exist and hold exactly the engine permissions their work needs. Runs at
 * every start and only adds what is missing. Handling units need nothing here: the engine grants a group its
 * tasks when the process offers them to it.
 */
@Component
@Order(1)
public class EngineAccessSetup implements ApplicationRunner {

  static final Map<String, String> ROLE_GROUPS = Map.of(
      GridDeskGroups.HOTLINE, "热线坐席",
      GridDeskGroups.CHANNELS, "渠道接入系统",
      GridDeskGroups.SUPERVISORS, "值班主管",
      GridDeskGroups.CALLBACK, "回访组",
      GridDeskGroups.AUDITORS, "审计",
      GridDeskGroups.KNOWLEDGE_EDITORS, "知识库编辑",
      Groups.CAMUNDA_ADMIN, "系统管理员");

  /** The processes case-routing.dmn may start. */
  static final List<String> CASE_PROCESSES = List.of("complaint", "report", "repair", "new-connection",
      "service-request", "consultation", "opinion");

  /** Started through POST /api/queue-callbacks, as the hotline agent or channel system that left the number. */
  static final String QUEUE_CALLBACK_PROCESS = "queue-callback";

  private final EngineGroups groups;
  private final AuthorizationService authorizations;
  private final SetupLock setupLock;

  public EngineAccessSetup(EngineGroups groups, AuthorizationService authorizations, SetupLock setupLock) {
    this.groups = groups;
    this.authorizations = authorizations;
    this.setupLock = setupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    setupLock.exclusively(this::ensureAll);
  }

  private void ensureAll() {
    ROLE_GROUPS.forEach(groups::ensure);

    // Administrators may do everything, as Camunda's own first-admin setup grants.
    for (Resources resource : Resources.values()) {
      grant(GridDeskGroups.ADMINS, resource, ANY, Permissions.ALL);
    }

    // Every staff member may open Tasklist; what they see there is limited by their task permissions.
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    // Agents and channel systems open cases through POST /api/cases, which starts the process the routing table
    // names, as them; the complaint's Tasklist start form needs the same grant. Likewise a number left in the
    // hotline queue (POST /api/queue-callbacks) starts 回拨 as them.
    for (String intake : new String[] {GridDeskGroups.HOTLINE, GridDeskGroups.CHANNELS}) {
      for (String processKey : CASE_PROCESSES) {
        grant(intake, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
      }
      grant(intake, Resources.PROCESS_DEFINITION, QUEUE_CALLBACK_PROCESS, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant(intake, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    for (String reader : new String[] {GridDeskGroups.SUPERVISORS, GridDeskGroups.AUDITORS}) {
      grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(reader, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
          Permissions.READ_INSTANCE, Permissions.READ_TASK);
      grant(reader, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(reader, Resources.TASK, ANY, Permissions.READ);
      grant(reader, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(reader, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
  }


  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    ensure(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult(),
        AUTH_TYPE_GRANT, authorization -> authorization.setGroupId(groupId), resource, resourceId, permissions);
  }

  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    ensure(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult(),
        AUTH_TYPE_GLOBAL, authorization -> authorization.setUserId(ANY), resource, resourceId, permissions);
  }

  /** Adds what is missing to an existing authorization, or creates it. */
  private void ensure(Authorization existing, int type, Consumer<Authorization> grantee, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(type);
      grantee.accept(authorization);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, permissions);
  }

  private void save(Authorization authorization, Permission... permissions) {
    boolean complete = authorization.getId() != null
        && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted);
    if (!complete) {
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
