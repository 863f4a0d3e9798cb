package com.griddesk.bench.baseline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A process of the shape of a complaint's path through GridDesk, with nothing of GridDesk's own work in it:
 * start, a user task offered to a candidate group with a non-interrupting boundary timer (the first-contact
 * deadline, due in 24 h), a second user task for the same group, end. Candidate group and due date come from
 * variables, as in processes/complaint.bpmn.
 */
public final class BaselineProcess {

  public static final String KEY = "baseline-complaint";
  public static final String FIRST_TASK = "contactCustomer";
  private static final String[] GROUPS = {"handlers-xc", "handlers-hp"};

  private BaselineProcess() {
  }

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY)
        .name("基线投诉")
        .camundaHistoryTimeToLive(1825)
        .startEvent("received")
        .userTask(FIRST_TASK).name("联系客户").camundaCandidateGroups("${handlingGroup}")
          .boundaryEvent("firstContactOverdue").cancelActivity(false).timerWithDate("${firstContactDue}")
          .endEvent("firstContactBreached")
        .moveToActivity(FIRST_TASK)
        .userTask("investigate").name("调查处理").camundaCandidateGroups("${handlingGroup}")
        .endEvent("handled")
        .done();
  }

  public static void deploy(RepositoryService repository) {
    repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model()).enableDuplicateFiltering(true)
        .deploy();
  }

  /** The business key of instance {@code n} of run {@code run}. */
  public static String businessKey(String run, long n) {
    return "BL-" + run + "-" + n;
  }

  /** The variables instance {@code n} starts with: a case number, its unit's group and the 24 h deadline. */
  public static Map<String, Object> variables(String businessKey, long n) {
    return Map.of(
        "caseNo", businessKey,
        "handlingGroup", GROUPS[(int) (n % GROUPS.length)],
        "firstContactDue", Date.from(Instant.now().plus(Duration.ofHours(24))));
  }
}
