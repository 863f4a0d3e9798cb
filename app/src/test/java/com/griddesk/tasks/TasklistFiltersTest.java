package com.griddesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.GridDeskTest;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared filters leave the sorting to Tasklist, where users can change it. */
@GridDeskTest
class TasklistFiltersTest {

  private static final String GROUP_TASKS = "我的组任务";

  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;

  @AfterEach
  void restore() {
    save(groupQuery());
  }

  @Test
  void filtersCarryNoOrdering() {
    List<Filter> filters = filterService.createTaskFilterQuery().list();

    assertThat(filters).extracting(Filter::getName).contains("我的任务", GROUP_TASKS, "4小时内到期", "已超时");
    assertThat(filters).allSatisfy(filter -> assertThat(ordering(filter)).isEmpty());
  }

  @Test
  void dueDateOrderingOfEarlierVersionsIsDropped() {
    save(groupQuery().orderByDueDate().asc());

    tasklistFilters.run(null);

    Filter filter = groupTasks();
    assertThat(ordering(filter)).isEmpty();
    TaskQueryImpl query = filter.getQuery();
    assertThat(query.getExpressions()).containsValue("${currentUserGroups()}");
    assertThat(query.isIncludeAssignedTasks()).isTrue();
  }

  @Test
  void orderingChosenByAnAdministratorIsKept() {
    save(groupQuery().orderByTaskPriority().desc());

    tasklistFilters.run(null);

    assertThat(ordering(groupTasks())).singleElement()
        .satisfies(property -> assertThat(property.getQueryProperty()).isEqualTo(TaskQueryProperty.PRIORITY));
  }

  private TaskQuery groupQuery() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void save(TaskQuery query) {
    filterService.saveFilter(groupTasks().setQuery(query));
  }

  private Filter groupTasks() {
    return filterService.createFilterQuery().filterName(GROUP_TASKS).singleResult();
  }

  private static List<QueryOrderingProperty> ordering(Filter filter) {
    TaskQueryImpl query = filter.getQuery();
    return query.getOrderingProperties() == null ? List.of() : query.getOrderingProperties();
  }
}
