package com.griddesk.privacy;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/** Drops history events of the start form's personal-data variables; every other event goes to the database. */
public class PersonalDataHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;

  public PersonalDataHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isPersonal(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  static boolean isPersonal(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && StartFormFields.KEPT_OUT_OF_ENGINE.contains(variable.getVariableName());
  }
}
