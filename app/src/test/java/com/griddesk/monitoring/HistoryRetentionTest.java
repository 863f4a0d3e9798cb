package com.griddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Audit retention: every definition keeps its history long enough, and cleanup runs only in the nightly window. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class HistoryRetentionTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired HistoryRetention retention;
  @Value("${griddesk.retention.history-days}") int retentionDays;

  @Test
  void theDefaultRetentionIsFiveYears() {
    assertThat(retentionDays).isEqualTo(1825);
    assertThat(retention.retentionDays()).isEqualTo(1825);
    assertThat(configuration().getHistoryTimeToLive()).isEqualTo("1825");
  }

  @Test
  void everyDeployedProcessAndDecisionKeepsItsHistoryAtLeastTheRetention() {
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().list();
    List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().list();

    assertThat(processes).isNotEmpty();
    assertThat(decisions).extracting(DecisionDefinition::getKey).contains("sla-policy", "case-routing");
    assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getId())
        .isNotNull().isGreaterThanOrEqualTo(retentionDays));
    assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getId())
        .isNotNull().isGreaterThanOrEqualTo(retentionDays));
  }

  @Test
  void aShorterTimeToLiveIsRaisedToTheRetentionAtStart() {
    ProcessDefinition complaint = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult();
    DecisionDefinition policy = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("sla-policy")
        .latestVersion().singleResult();
    repositoryService.updateProcessDefinitionHistoryTimeToLive(complaint.getId(), 30);
    repositoryService.updateDecisionDefinitionHistoryTimeToLive(policy.getId(), 1);

    retention.raiseShortTimesToLive();

    assertThat(repositoryService.getProcessDefinition(complaint.getId()).getHistoryTimeToLive()).isEqualTo(1825);
    assertThat(repositoryService.getDecisionDefinition(policy.getId()).getHistoryTimeToLive()).isEqualTo(1825);
  }

  @Test
  void cleanupIsEnabledRemovalTimeBasedAndRunsFromOneToFiveBeijingTime() {
    ProcessEngineConfigurationImpl configuration = configuration();

    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
    assertThat(LocalTime.ofInstant(configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant(), BEIJING))
        .isEqualTo(LocalTime.of(1, 0));
    assertThat(LocalTime.ofInstant(configuration.getHistoryCleanupBatchWindowEndTimeAsDate().toInstant(), BEIJING))
        .isEqualTo(LocalTime.of(5, 0));
  }

  @Test
  void theCleanupJobIsDueAtTheNextNightlyWindow() {
    historyService.cleanUpHistoryAsync();

    List<Job> jobs = historyService.findHistoryCleanupJobs();

    assertThat(jobs).isNotEmpty();
    // Now is Tuesday 2026-03-10, 10:00 in Beijing: the next window opens on Wednesday at 01:00.
    assertThat(jobs).allSatisfy(job -> assertThat(job.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-11T01:00:00+08:00").toInstant()));
  }

  @AfterEach
  void putTheCleanupJobBackAtTheRealNextWindow() {
    ClockUtil.reset();
    historyService.cleanUpHistoryAsync();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
