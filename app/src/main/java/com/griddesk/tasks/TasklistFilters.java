package com.griddesk.tasks;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import com.griddesk.startup.SetupLock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every agent starts with. Tasklist lists nothing until a filter exists; these are
 * created once and then left to administrators.
 *
 * <p>The filters carry no ordering: an ordering saved in a filter takes precedence over the sorting a user picks
 * in Tasklist. Tasklist itself sorts by due date unless the user picks otherwise (see the Tasklist customisations
 * in docs/operations.md).
 */
@Component
@Order(2)
public class TasklistFilters implements ApplicationRunner {

  private static final String MY_GROUPS = "${currentUserGroups()}";
  private static final String NOW = "${now()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizations;
  private final SetupLock setupLock;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations,
      SetupLock setupLock) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.setupLock = setupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    setupLock.exclusively(this::ensureAll);
  }

  private void ensureAll() {
    // The group's tasks first: a unit's work arrives unclaimed, and this is where a member starts their day.
    ensure("我的任务", -10, "已认领到我名下的任务",
        query().taskAssigneeExpression("${currentUser()}"));
    ensure("我的组任务", -20, "分派给我所在组的任务（含已认领）",
        query().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks());
    ensure("4小时内到期", 0, "我所在组 4 小时内到期、尚未超时的任务",
        query().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
            .dueAfterExpression(NOW).dueBeforeExpression("${dateTime().plusHours(4).toDate()}"));
    ensure("即将超时", 5, "已过预警点、尚未超时的任务；主管可见所有单位的任务",
        query().followUpBeforeExpression(NOW).dueAfterExpression(NOW));
    ensure("已超时", 10, "我所在组已过期限的任务",
        query().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().dueBeforeExpression(NOW));
  }

  private TaskQuery query() {
    return taskService.createTaskQuery();
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "variables", List.of(Map.of("name", "caseNo", "label", "工单号"),
                Map.of("name", "callbackNo", "label", "回拨单号"), Map.of("name", "actionNo", "label", "改进单号"))));
    filterService.saveFilter(filter);
    Authorization everyoneReads = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyoneReads.setUserId(ANY);
    everyoneReads.setResource(Resources.FILTER);
    everyoneReads.setResourceId(filter.getId());
    everyoneReads.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyoneReads);
  }
}
