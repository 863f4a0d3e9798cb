package com.griddesk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.feedback.ImprovementAction;
import com.griddesk.feedback.ImprovementActionRepository;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loop closed end to end: customers dissatisfied at their callbacks (through the callback process, by phone
 * and by survey) make a hot spot; its improvement action, once done and verified, is told to each of them on
 * their case.
 */
@GridDeskTest
class DissatisfiedCallbacksImprovementTest {

  /** A week of its own (no other test works in May 2026), so that the hot-spot window holds only these. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-05-18T09:30:00+08:00").toInstant();

  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;
  @Autowired ImprovementActionRepository actions;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  @BeforeEach
  void inMay() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(600)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void threeDissatisfiedCallbacksOfOneKindInOneAreaBecomeAnImprovementToldToEachCustomer() {
    List<ServiceCase> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      var request = runningCases.of(workOrders.open(CaseType.SERVICE_REQUEST, "METER_READING_ERROR", "HP", RECEIVED));
      request.complete("answer", Map.of("answer", "已核对抄表数据"));
      if (i < 2) {
        request.callBack("DISSATISFIED");
      } else {
        // The third customer answers the SMS survey before the callback team calls.
        runtimeService.createMessageCorrelation(CallbackVariables.SURVEY_MESSAGE)
            .processInstanceBusinessKey(request.reload().getCaseNo())
            .setVariable(CallbackVariables.SURVEY_SCORE, 1).setVariable(CallbackVariables.SURVEY_COMMENT, "抄表还是错")
            .correlateWithResult();
      }
      requests.add(request.reload());
    }

    ImprovementAction action = actions.findByCategoryAndServiceAreaOrderByIdAsc("METER_READING_ERROR", "HP").stream()
        .filter(ImprovementAction::isOpen).findFirst().orElseThrow();
    assertThat(action.getResponsibleGroup()).isEqualTo("handlers-hp");
    Task implement = task(action, "implementAction");
    taskService.complete(implement.getId(), Map.of("actionTaken", "抄表员复核流程加入二次校验", "evidence", "复核记录"));
    taskService.complete(task(action, "verifyAction").getId(), Map.of("verification", "VERIFIED"));

    for (ServiceCase request : requests) {
      assertThat(caseViews.of(request).messages()).as(request.getCaseNo()).isNotEmpty();
      assertThat(caseViews.of(request).messages().get(0).text()).contains("抄表员复核流程加入二次校验");
    }
  }

  private Task task(ImprovementAction action, String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(action.getActionNo())
        .taskDefinitionKey(activityId).singleResult();
  }
}
