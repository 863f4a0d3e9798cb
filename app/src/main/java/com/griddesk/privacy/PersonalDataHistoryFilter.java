package com.griddesk.privacy;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Drops history events of the start form's personal-data fields, both as variables and as submitted form fields;
 * every other event goes to the database.
 */
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
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return StartFormFields.KEPT_OUT_OF_ENGINE.contains(variable.getVariableName());
    }
    // A submitted form is also recorded field by field (ACT_HI_DETAIL rows of type FormProperty).
    if (event instanceof HistoricFormPropertyEventEntity formField) {
      return StartFormFields.KEPT_OUT_OF_ENGINE.contains(formField.getPropertyId());
    }
    return false;
  }
}
