package com.griddesk.security;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Only GridDesk starts its processes, except the complaint, which Tasklist's start form opens (its first step
 * registers the case, {@code intake.StartFormRegistration}). The hotline may start the case types' processes (the
 * API starts them in the agent's name), so the engine's REST API would start one without a case, a clock or a
 * routing decision: the process failed at its first step with a 500. Such a start is refused before anything
 * runs (400 through the REST API). Processes called from another process (the callback, the escalations) are
 * started by the engine itself and pass.
 */
@Component
public class ProcessStartGuard extends AbstractProcessEnginePlugin {

  /** Processes a person may start directly: those with a start form that registers what they need. */
  static final Set<String> STARTED_BY_FORM = Set.of("complaint");

  private static final ExecutionListener GUARD = execution -> {
    String key = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    if (ProcessStarts.isOwn() || execution.getSuperExecution() != null || STARTED_BY_FORM.contains(key)) {
      return;
    }
    throw new BadUserRequestException("流程 " + key + " 由 GridDesk 开启（工单受理等），不能直接启动");
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, GUARD);
      }
    });
  }
}
