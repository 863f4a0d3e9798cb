package com.griddesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters, run as the agents who use them. */
@GridDeskTest
class TasklistFiltersTest {

  static final Instant NOW = OffsetDateTime.parse("2026-11-25T10:00:00+08:00").toInstant();

  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired Complaints complaints;

  ServiceCase dueIn3Hours;
  ServiceCase dueIn10Hours;
  ServiceCase overdue;
  ServiceCase otherUnitOverdue;
  ServiceCase otherUnitAtRisk;

  @BeforeEach
  void openComplaints() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    // The first-contact task is due 24 hours after receipt.
    dueIn3Hours = complaints.open("XC", NOW.minus(Duration.ofHours(21)));
    dueIn10Hours = complaints.open("XC", NOW.minus(Duration.ofHours(14)));
    overdue = complaints.open("XC", NOW.minus(Duration.ofHours(25)));
    otherUnitOverdue = complaints.open("HP", NOW.minus(Duration.ofHours(26)));
    otherUnitAtRisk = complaints.open("HP", NOW.minus(Duration.ofHours(20)));
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void everyStaffMemberSeesTheFourFilters() {
    identityService.setAuthentication("callback", List.of("callback"));
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
        .contains("我的任务", "我的组任务", "4小时内到期", "即将超时", "已超时");
  }

  @Test
  void filtersCarryNoOrderingSoTheSortingPickedInTasklistApplies() {
    for (String name : List.of("我的任务", "我的组任务", "4小时内到期", "即将超时", "已超时")) {
      TaskQueryImpl query = filterService.getFilter(filterId(name)).getQuery();
      assertThat(query.getOrderingProperties()).as(name).isNullOrEmpty();
    }
  }

  @Test
  void myGroupsTasksAreThoseOfMyUnitOnlyInTasklistsDefaultDueDateOrder() {
    List<String> cases = caseNosOf("我的组任务", "handler-xc", "handlers-xc");
    assertThat(cases).containsSubsequence(overdue.getCaseNo(), dueIn3Hours.getCaseNo(), dueIn10Hours.getCaseNo())
        .doesNotContain(otherUnitOverdue.getCaseNo());
  }

  @Test
  void dueWithinFourHoursHoldsOnlyWhatIsDueSoonAndNotYetOverdue() {
    List<String> cases = caseNosOf("4小时内到期", "handler-xc", "handlers-xc");
    assertThat(cases).contains(dueIn3Hours.getCaseNo())
        .doesNotContain(dueIn10Hours.getCaseNo(), overdue.getCaseNo(), otherUnitOverdue.getCaseNo());
  }

  @Test
  void atRiskShowsSupervisorsEveryUnitsTasksPastTheirWarningPointAndHandlersTheirOwn() {
    // First contact: due after 24 hours, warning point at 18 hours (75 %).
    assertThat(caseNosOf("即将超时", "supervisor", "supervisors"))
        .contains(dueIn3Hours.getCaseNo(), otherUnitAtRisk.getCaseNo())
        .doesNotContain(dueIn10Hours.getCaseNo(), overdue.getCaseNo(), otherUnitOverdue.getCaseNo());
    assertThat(caseNosOf("即将超时", "handler-xc", "handlers-xc")).contains(dueIn3Hours.getCaseNo())
        .doesNotContain(otherUnitAtRisk.getCaseNo(), dueIn10Hours.getCaseNo());
  }

  @Test
  void overdueHoldsMyUnitsOverdueTasks() {
    assertThat(caseNosOf("已超时", "handler-xc", "handlers-xc")).contains(overdue.getCaseNo())
        .doesNotContain(dueIn3Hours.getCaseNo(), otherUnitOverdue.getCaseNo());
    assertThat(caseNosOf("已超时", "handler-hp", "handlers-hp")).contains(otherUnitOverdue.getCaseNo())
        .doesNotContain(overdue.getCaseNo());
  }

  @Test
  void myTasksAreTheOnesIClaimed() {
    identityService.setAuthentication("handler-xc", List.of("handlers-xc"));
    Task task = filterService.<Task>list(filterId("我的组任务")).stream()
        .filter(t -> dueIn10Hours.getProcessInstanceId().equals(t.getProcessInstanceId())).findFirst().orElseThrow();
    identityService.clearAuthentication();
    taskService.claim(task.getId(), "handler-xc");

    assertThat(caseNosOf("我的任务", "handler-xc", "handlers-xc")).contains(dueIn10Hours.getCaseNo())
        .doesNotContain(dueIn3Hours.getCaseNo());
  }

  private List<String> caseNosOf(String filterName, String user, String group) {
    String filterId = filterId(filterName);
    identityService.setAuthentication(user, List.of(group));
    try {
      // Tasklist sends its sorting (by default due date, earliest first) with every filter query.
      TaskQuery sorting = taskService.createTaskQuery().orderByDueDate().asc();
      return filterService.<Task, TaskQuery>list(filterId, sorting).stream().map(Task::getProcessInstanceId)
          .map(this::caseNoOf).filter(java.util.Objects::nonNull).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String caseNoOf(String processInstanceId) {
    for (ServiceCase c : List.of(dueIn3Hours, dueIn10Hours, overdue, otherUnitOverdue, otherUnitAtRisk)) {
      if (processInstanceId.equals(c.getProcessInstanceId())) {
        return c.getCaseNo();
      }
    }
    return null;
  }

  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }
}
