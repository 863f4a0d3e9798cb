package com.griddesk.monitoring;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit retention: every deployed process and decision definition, every version, keeps its history at least
 * griddesk.retention.history-days. The models say 1825 days; at every start a definition with less (or none) is
 * raised to the configured retention, so that raising it is a configuration change, not a model change. A longer
 * time to live in a model is left as it is. Finished instances keep the removal time they got when they ended
 * (see docs/operations.md).
 */
@Component
public class HistoryRetention {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repositoryService;
  private final int retentionDays;

  public HistoryRetention(RepositoryService repositoryService,
      @Value("${griddesk.retention.history-days}") int retentionDays) {
    if (retentionDays < 1) {
      throw new IllegalArgumentException("griddesk.retention.history-days must be at least 1: " + retentionDays);
    }
    this.repositoryService = repositoryService;
    this.retentionDays = retentionDays;
  }

  public int retentionDays() {
    return retentionDays;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void raiseShortTimesToLive() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      if (tooShort(definition.getHistoryTimeToLive())) {
        log.info("Raising the history time to live of process {} to {} days", definition.getId(), retentionDays);
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), retentionDays);
      }
    }
    for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
      if (tooShort(definition.getHistoryTimeToLive())) {
        log.info("Raising the history time to live of decision {} to {} days", definition.getId(), retentionDays);
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), retentionDays);
      }
    }
  }

  private boolean tooShort(Integer timeToLive) {
    return timeToLive == null || timeToLive < retentionDays;
  }
}
