package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and the timer of processes/improvement.bpmn: the unit records the action taken and its evidence, the
 * supervisors verify it or return it; once verified, every customer whose feedback the action took up has a notice
 * on their case and the action closes. Not verified by the due date, the supervisors get an overdue supervision.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class ImprovementProcessTest {

  static final Instant NOW = FixedEngineTime.NOW;
  static final String ACTION_TAKEN = "营业厅高峰时段增开两个窗口，并对窗口人员开展服务规范培训。";

  @Autowired FeedbackFixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CaseViews caseViews;
  @Autowired CaseRepository cases;
  @Autowired CaseMessageRepository messages;
  @Autowired HotSpotRepository hotSpots;

  String area;
  List<ServiceCase> triggering;
  ImprovementAction action;

  @BeforeEach
  void hotSpot() {
    area = fixtures.newArea();
    triggering = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      triggering.add(fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofHours(i))));
    }
    action = fixtures.onlyAction(area);
  }

  @Test
  void aVerifiedActionIsToldToEveryCustomerOnTheirCaseAndCloses() {
    // A dissatisfied callback of a complaint already taken up and a complaint while the action is open.
    fixtures.callback(triggering.get(0), CallbackOutcome.DISSATISFIED, "态度还是不好");
    ServiceCase later = fixtures.complaint(area, "SERVICE", NOW.plus(Duration.ofDays(2)));
    ServiceCase otherCategory = fixtures.complaint(area, "BUSINESS", NOW);

    fixtures.complete(action, "implementAction", Map.of("actionTaken", ACTION_TAKEN, "evidence", "整改记录 2026-017 号"));
    ImprovementAction implemented = fixtures.reload(action);
    assertThat(implemented.getStatus()).isEqualTo(ImprovementStatus.AWAITING_VERIFICATION);
    assertThat(implemented.getActionTaken()).isEqualTo(ACTION_TAKEN);
    assertThat(implemented.getEvidence()).isEqualTo("整改记录 2026-017 号");
    Task verify = fixtures.task(action, "verifyAction");
    assertThat(verify.getName()).isEqualTo("验证改进效果");
    assertThat(taskService.getIdentityLinksForTask(verify.getId())).extracting(link -> link.getGroupId())
        .containsExactly("supervisors-xc");

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(3))));
    fixtures.complete(action, "verifyAction", Map.of("verification", "VERIFIED"));

    ImprovementAction closed = fixtures.reload(action);
    assertThat(closed.getStatus()).isEqualTo(ImprovementStatus.CLOSED);
    assertThat(closed.getVerification()).isEqualTo("VERIFIED");
    assertThat(closed.getClosedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(fixtures.processEnded(action)).isTrue();
    assertThat(hotSpots.findById(HotSpot.key("SERVICE", area)).orElseThrow().getOpenActionId()).isNull();

    String expected = "您反映的测试供电所" + area + "服务问题，我们已采取改进措施："
        + "营业厅高峰时段增开两个窗口，并对窗口人员开展服务规范培训。感谢您的监督！";
    List<ServiceCase> told = new ArrayList<>(triggering);
    told.add(later);
    for (ServiceCase c : told) {
      CaseView view = caseViews.of(cases.findById(c.getId()).orElseThrow());
      assertThat(view.messages()).as(c.getCaseNo()).singleElement().satisfies(message -> {
        assertThat(message.kind()).isEqualTo("IMPROVEMENT_NOTICE");
        assertThat(message.text()).isEqualTo(expected);
        assertThat(message.channel()).isEqualTo("SMS");
        assertThat(message.sendStatus()).isEqualTo("RECORDED");
        assertThat(message.reference()).isEqualTo(action.getActionNo());
        assertThat(message.createdAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
      });
    }
    assertThat(caseViews.of(cases.findById(otherCategory.getId()).orElseThrow()).messages()).isEmpty();
  }

  @Test
  void aReturnedActionGoesBackToTheUnitWithTheReasonAndIsVerifiedTheSecondTime() {
    fixtures.complete(action, "implementAction", Map.of("actionTaken", "已整改", "evidence", "无"));

    assertThatThrownBy(() -> fixtures.complete(action, "verifyAction", Map.of("verification", "RETURNED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回原因");
    assertThat(fixtures.task(action, "verifyAction")).as("still to verify").isNotNull();
    fixtures.complete(action, "verifyAction",
        Map.of("verification", "RETURNED", "verificationComment", "措施过于笼统，请写明具体做法"));

    ImprovementAction returned = fixtures.reload(action);
    assertThat(returned.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
    assertThat(returned.getReturnCount()).isEqualTo(1);
    assertThat(returned.getVerificationComment()).isEqualTo("措施过于笼统，请写明具体做法");
    Task again = fixtures.task(action, "implementAction");
    assertThat(again).isNotNull();
    assertThat(taskService.getVariable(again.getId(), "verificationComment")).isEqualTo("措施过于笼统，请写明具体做法");
    assertThat(messages.findAll()).noneMatch(m -> action.getActionNo().equals(m.getReference()));

    fixtures.complete(action, "implementAction", Map.of("actionTaken", ACTION_TAKEN, "evidence", "培训签到表"));
    Task verifyAgain = fixtures.task(action, "verifyAction");
    assertThat(taskService.getVariables(verifyAgain.getId())).as("the last verdict is not offered again")
        .doesNotContainKeys("verification", "verificationComment");
    fixtures.complete(action, "verifyAction", Map.of("verification", "VERIFIED"));

    assertThat(fixtures.reload(action).getStatus()).isEqualTo(ImprovementStatus.CLOSED);
    for (ServiceCase c : triggering) {
      assertThat(messages.findByCaseIdOrderByIdAsc(c.getId())).singleElement()
          .satisfies(m -> assertThat(m.getText()).contains(ACTION_TAKEN.substring(0, ACTION_TAKEN.length() - 1)));
    }
  }

  @Test
  void theUnitMustGiveTheActionTakenAndItsEvidence() {
    assertThatThrownBy(() -> fixtures.complete(action, "implementAction", Map.of("actionTaken", "已整改")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("佐证材料");
    assertThatThrownBy(() -> fixtures.complete(action, "implementAction", Map.of("actionTaken", " ", "evidence", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("改进措施");
    assertThatThrownBy(() -> fixtures.complete(action, "implementAction",
        Map.of("actionTaken", "很".repeat(1001), "evidence", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("1000");

    assertThat(fixtures.task(action, "implementAction")).isNotNull();
    assertThat(fixtures.reload(action).getActionTaken()).isNull();
  }

  @Test
  void aVerdictOtherThanVerifiedOrReturnedIsRefused() {
    fixtures.complete(action, "implementAction", Map.of("actionTaken", ACTION_TAKEN, "evidence", "照片 12 张"));
    Map<String, Object> unknown = new HashMap<>();
    unknown.put("verification", "MAYBE");

    assertThatThrownBy(() -> fixtures.complete(action, "verifyAction", unknown))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("verification");
    assertThat(fixtures.task(action, "verifyAction")).isNotNull();
  }

  @Test
  void anActionNotVerifiedByItsDueDateGoesToTheSupervisorsOnceWhileTheUnitKeepsItsWork() {
    Instant due = action.getDueAt();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
    managementService.executeJob(fixtures.overdueTimer(action).getId());

    Task supervise = fixtures.task(action, "superviseOverdue");
    assertThat(supervise.getName()).isEqualTo("改进超时督办");
    assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting(link -> link.getGroupId())
        .containsExactly("supervisors-xc");
    assertThat(fixtures.reload(action).getOverdueAt()).isEqualTo(due.plusSeconds(60));
    assertThat(fixtures.task(action, "implementAction")).as("the unit keeps its work").isNotNull();
    assertThat(fixtures.overdueTimer(action)).as("once").isNull();

    assertThatThrownBy(() -> fixtures.complete(action, "superviseOverdue", Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("督办意见");
    fixtures.complete(action, "superviseOverdue", Map.of("overdueComment", "已约谈供电所负责人，限三日内完成"));
    ImprovementAction supervised = fixtures.reload(action);
    assertThat(supervised.getOverdueComment()).isEqualTo("已约谈供电所负责人，限三日内完成");
    assertThat(supervised.getOverdueClosedAt()).isEqualTo(due.plusSeconds(60));

    fixtures.implementAndVerify(action, ACTION_TAKEN);
    assertThat(fixtures.reload(action).getStatus()).isEqualTo(ImprovementStatus.CLOSED);
    assertThat(fixtures.processEnded(action)).isTrue();
  }

  @Test
  void anActionVerifiedInTimeHasNoOverdueSupervisionLeft() {
    fixtures.implementAndVerify(action, ACTION_TAKEN);

    assertThat(fixtures.processEnded(action)).isTrue();
    assertThat(managementService.createJobQuery().processInstanceId(action.getProcessInstanceId()).count()).isZero();
    assertThat(fixtures.reload(action).getOverdueAt()).isNull();
  }

  @Test
  void theOverdueSupervisionStaysOpenWhenTheActionIsVerifiedMeanwhile() {
    ClockUtil.setCurrentTime(Date.from(action.getDueAt().plusSeconds(1)));
    managementService.executeJob(fixtures.overdueTimer(action).getId());

    fixtures.implementAndVerify(action, ACTION_TAKEN);

    assertThat(fixtures.reload(action).getStatus()).isEqualTo(ImprovementStatus.CLOSED);
    assertThat(messages.findByCaseIdOrderByIdAsc(triggering.get(2).getId())).hasSize(1);
    assertThat(fixtures.processEnded(action)).isFalse();
    fixtures.complete(action, "superviseOverdue", Map.of("overdueComment", "已整改完毕"));
    assertThat(fixtures.processEnded(action)).isTrue();
  }

  @Test
  void anAreaWithoutAnOfficeOnRecordIsAnsweredForByTheCasesUnitAndTheCentralSupervisors() {
    String noOffice = "FQ" + area.substring(2);
    for (int i = 0; i < 3; i++) {
      fixtures.registered(CaseType.COMPLAINT, "SERVICE", noOffice, "dept-marketing", NOW);
    }

    ImprovementAction orphan = fixtures.onlyAction(noOffice);
    assertThat(orphan.getUnitCode()).isNull();
    assertThat(orphan.getResponsibleGroup()).isEqualTo("dept-marketing");
    assertThat(orphan.getSupervisorGroup()).isEqualTo(GridDeskGroups.SUPERVISORS);
    assertThat(taskService.getIdentityLinksForTask(fixtures.task(orphan, "implementAction").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("dept-marketing");
  }
}
