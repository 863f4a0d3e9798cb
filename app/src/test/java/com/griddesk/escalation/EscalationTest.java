package com.griddesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A missed first contact climbs the hierarchy of the demo organisation: 西城供电所, 城区供电分公司, 市供电公司,
 * 省电力公司, one level every 240 minutes (the policy's interval) while the customer is still not contacted.
 */
@GridDeskTest
class EscalationTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-06-01T09:00:00+08:00").toInstant();
  static final Instant BREACH = RECEIVED.plus(Duration.ofHours(24)).plusSeconds(1);
  static final Duration STEP = Duration.ofMinutes(240);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseRepository cases;
  @Autowired CaseViews caseViews;
  @Autowired Complaints complaints;
  @Autowired TransactionTemplate transactions;
  @Autowired BusinessClock businessClock;
  @Autowired JdbcTemplate jdbc;

  ServiceCase serviceCase;
  ProcessInstance process;

  @BeforeEach
  void breachFirstContact() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED));
    serviceCase = complaints.open("XC", RECEIVED);
    process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .processDefinitionKey("complaint").singleResult();
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void levelOneIsTheOfficesSupervisorsAndTheHandlerKeepsTheWork() {
    fireAt(BREACH, "firstContactOverdue");

    assertThat(escalationGroups()).containsExactly("supervisors-xc");
    assertThat(escalations()).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo(1);
      assertThat(e.unit()).isEqualTo("西城供电所");
      assertThat(e.clock()).isEqualTo("FIRST_CONTACT");
      assertThat(e.escalatedAt()).isEqualTo(BREACH);
    });
    Task contact = taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("contactCustomer")
        .singleResult();
    assertThat(groupsOf(contact)).containsExactly("handlers-xc");
    assertThat(escalationTasks().get(0).getFollowUpDate()).isNull();
    CaseView view = caseViews.of(cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow());
    assertThat(view.tasks()).extracting(CaseView.TaskView::name, CaseView.TaskView::group)
        .contains(org.assertj.core.groups.Tuple.tuple("联系客户", "handlers-xc"),
            org.assertj.core.groups.Tuple.tuple("超时督办", "supervisors-xc"));
  }

  @Test
  void whileTheWorkStaysOpenEachIntervalRaisesTheNextLevelUpToTheProvinceOnceEach() {
    fireAt(BREACH, "firstContactOverdue");
    fireAt(BREACH.plus(STEP), "nextLevelDue");
    fireAt(BREACH.plus(STEP.multipliedBy(2)), "nextLevelDue");
    fireAt(BREACH.plus(STEP.multipliedBy(3)), "nextLevelDue");

    assertThat(escalationGroups()).containsExactlyInAnyOrder(
        "supervisors-xc", "supervisors-county", "supervisors-city", "supervisors-province");
    assertThat(escalations()).extracting(CaseView.EscalationView::level, CaseView.EscalationView::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "西城供电所"),
            org.assertj.core.groups.Tuple.tuple(2, "城区供电分公司"),
            org.assertj.core.groups.Tuple.tuple(3, "市供电公司"),
            org.assertj.core.groups.Tuple.tuple(4, "省电力公司"));

    // The province is the top: its interval passes without a fifth level.
    fireAt(BREACH.plus(STEP.multipliedBy(4)), "nextLevelDue");
    assertThat(escalations()).hasSize(4);
    assertThat(nextLevelTimers()).isEmpty();
  }

  @Test
  void aLevelClosedEarlyDoesNotStopTheNextWhileTheWorkIsOpen() {
    fireAt(BREACH, "firstContactOverdue");
    Task levelOne = escalationTasks().get(0);
    identityService.setAuthentication("supervisor", List.of("supervisors", "supervisors-xc"));
    taskService.complete(levelOne.getId(), Map.of("escalationNote", "已督促供电所当日联系客户"));
    identityService.clearAuthentication();

    assertThat(escalations()).singleElement().satisfies(e -> {
      assertThat(e.closedBy()).isEqualTo("supervisor");
      assertThat(e.comment()).isEqualTo("已督促供电所当日联系客户");
      assertThat(e.closedAt()).isEqualTo(BREACH);
    });
    fireAt(BREACH.plus(STEP), "nextLevelDue");
    assertThat(escalationGroups()).containsExactly("supervisors-county");
  }

  @Test
  void onceTheCustomerIsContactedNoFurtherLevelIsRaised() {
    fireAt(BREACH, "firstContactOverdue");
    Task contact = taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("contactCustomer")
        .singleResult();
    taskService.complete(contact.getId(), Map.of("contactNote", "已联系"));

    fireAt(BREACH.plus(STEP), "nextLevelDue");

    assertThat(escalations()).hasSize(1);
    assertThat(nextLevelTimers()).isEmpty();
  }

  @Test
  void aUnitWithNoOrganisationOnRecordEscalatesOnceToTheCentralSupervisors() {
    transactions.executeWithoutResult(status -> cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow()
        .routeTo("handlers-unknown-unit", businessClock.now()));
    jdbc.update("update gd_case set service_area = 'ZZ' where case_no = ?", serviceCase.getCaseNo());

    fireAt(BREACH, "firstContactOverdue");
    assertThat(escalationGroups()).containsExactly("supervisors");
    fireAt(BREACH.plus(STEP), "nextLevelDue");
    assertThat(escalations()).hasSize(1);
  }

  @Test
  void aGroupWithoutAnOfficeRecordEscalatesThroughTheOfficeOfItsArea() {
    transactions.executeWithoutResult(status -> cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow()
        .routeTo("repair-xc", businessClock.now()));

    fireAt(BREACH, "firstContactOverdue");
    fireAt(BREACH.plus(STEP), "nextLevelDue");

    assertThat(escalationGroups()).containsExactly("supervisors-xc", "supervisors-county");
  }

  private void fireAt(Instant when, String activityId) {
    ClockUtil.setCurrentTime(Date.from(when));
    Job job = managementService.createJobQuery().rootProcessInstanceId(process.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as(activityId + " timer").isNotNull();
    managementService.executeJob(job.getId());
  }

  private List<Job> nextLevelTimers() {
    return managementService.createJobQuery().rootProcessInstanceId(process.getId()).activityId("nextLevelDue").list();
  }

  private List<Task> escalationTasks() {
    return taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .taskDefinitionKey("escalate").orderByTaskCreateTime().asc().list();
  }

  private List<String> escalationGroups() {
    return escalationTasks().stream().flatMap(task -> groupsOf(task).stream()).toList();
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
  }

  private List<CaseView.EscalationView> escalations() {
    return caseViews.of(cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow()).escalations();
  }
}
