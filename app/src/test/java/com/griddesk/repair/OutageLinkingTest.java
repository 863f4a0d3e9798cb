package com.griddesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.outage.OutageIncident;
import com.griddesk.outage.OutageIncidentRepository;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import com.griddesk.support.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calls about one outage (same service area and outage reference, or same transformer) are linked to one outage
 * incident: only the first dispatches a crew; its restoration closes every linked call and each is called back.
 */
@GridDeskTest
class OutageLinkingTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseViews caseViews;
  @Autowired OutageIncidentRepository incidents;
  @Autowired TaskService taskService;

  String outageRef;
  String transformerId;

  @BeforeEach
  void atReceipt() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
    outageRef = WorkOrders.uniqueOutageRef("GZ");
    transformerId = WorkOrders.uniqueOutageRef("TF");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void laterCallsAboutTheSameOutageWaitForTheFirstCallsCrew() {
    var first = runningCases.of(call("XC", outageRef, transformerId));
    var sameRef = runningCases.of(call("XC", outageRef, null));
    var sameTransformer = runningCases.of(call("XC", null, transformerId));

    assertThat(first.process()).isWaitingAt("acceptRepair");
    for (var linked : List.of(sameRef, sameTransformer)) {
      assertThat(linked.process()).isWaitingAt("awaitRestoration");
      assertThat(linked.reload().getStatus()).isEqualTo(CaseStatus.AWAITING_RESTORATION);
      assertThat(linked.clockNames()).isEmpty();
      assertThat(taskService.createTaskQuery().processInstanceId(linked.process().getId()).count()).isZero();
      assertThat(linked.reload().getOutageId()).isEqualTo(first.reload().getOutageId());
    }
    OutageIncident incident = incidentOf(first.reload());
    assertThat(incident.getCaseCount()).isEqualTo(3);
    assertThat(incident.getLeadCaseId()).isEqualTo(first.reload().getId());
    assertThat(incident.getIncidentNo()).isEqualTo("TD" + first.reload().getCaseNo().substring(2));
    assertThat(caseViews.of(sameRef.reload()).incidentNo()).isEqualTo(incident.getIncidentNo());
    assertThat(first.variable("incidentNo")).isEqualTo(incident.getIncidentNo());
  }

  @Test
  void restoringTheOutageClosesEveryLinkedCallAndEachCustomerIsDueACallback() {
    var first = runningCases.of(call("XC", outageRef, null));
    var second = runningCases.of(call("XC", outageRef, null));
    var third = runningCases.of(call("XC", outageRef, null));

    first.complete("acceptRepair", Map.of());
    first.complete("arriveOnSite", Map.of());
    assertThat(second.process()).isWaitingAt("awaitRestoration");
    first.complete("restorePower", Map.of("faultCause", "LINE", "repairNote", "线路抢修完毕"));

    for (var call : List.of(first, second, third)) {
      ServiceCase closed = call.reload();
      assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
      assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.RESTORED);
      assertThat(call.process()).isWaitingAt("callback");
      assertThat(call.candidateGroups("callCustomer")).containsExactly("callback");
      assertThat(call.clock("CALLBACK").getState().name()).isEqualTo("RUNNING");
    }
    OutageIncident incident = incidentOf(first.reload());
    assertThat(incident.getStatus()).isEqualTo(OutageIncident.Status.RESTORED);
    assertThat(incident.getRestoredAt()).isNotNull();

    // The outage is over: a new fault at the same place is a new incident with its own crew.
    var later = runningCases.of(call("XC", outageRef, null));
    assertThat(later.process()).isWaitingAt("acceptRepair");
    assertThat(later.reload().getOutageId()).isNotEqualTo(first.reload().getOutageId());
  }

  @Test
  void theSameOutageReferenceInAnotherAreaIsAnotherOutage() {
    var xc = runningCases.of(call("XC", outageRef, null));
    var hp = runningCases.of(call("HP", outageRef, null));

    assertThat(xc.process()).isWaitingAt("acceptRepair");
    assertThat(hp.process()).isWaitingAt("acceptRepair");
    assertThat(hp.candidateGroups("acceptRepair")).containsExactly("repair-hp");
    assertThat(hp.reload().getOutageId()).isNotEqualTo(xc.reload().getOutageId());
  }

  @Test
  void aCallThatJoinsByTransformerBringsItsOutageReferenceToTheIncident() {
    var first = runningCases.of(call("XC", null, transformerId));
    var byTransformer = runningCases.of(call("XC", outageRef, transformerId));
    var byRefOnly = runningCases.of(call("XC", outageRef, null));

    assertThat(byTransformer.process()).isWaitingAt("awaitRestoration");
    assertThat(byRefOnly.process()).isWaitingAt("awaitRestoration");
    assertThat(byRefOnly.reload().getOutageId()).isEqualTo(first.reload().getOutageId());
  }

  @Test
  void aCallWithoutOutageReferenceOrTransformerDispatchesItsOwnCrew() {
    var alone = runningCases.of(call("XC", null, null));
    var another = runningCases.of(call("XC", null, null));

    for (var call : List.of(alone, another)) {
      assertThat(call.process()).isWaitingAt("acceptRepair");
      assertThat(call.reload().getOutageId()).isNull();
      assertThat(call.variables()).doesNotContainKey("incidentNo");
      assertThat(caseViews.of(call.reload()).incidentNo()).isNull();
    }
  }

  private ServiceCase call(String area, String ref, String transformer) {
    return workOrders.repair("LOW_VOLTAGE", area, AreaType.URBAN, RECEIVED, ref, transformer);
  }

  private OutageIncident incidentOf(ServiceCase repair) {
    return incidents.findById(repair.getOutageId()).orElseThrow();
  }
}
