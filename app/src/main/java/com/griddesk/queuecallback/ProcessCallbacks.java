package com.griddesk.queuecallback;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the callback record behind a running queue-callback process, by its callbackNo variable. */
@Component
public class ProcessCallbacks {

  private final QueueCallbackRepository callbacks;

  public ProcessCallbacks(QueueCallbackRepository callbacks) {
    this.callbacks = callbacks;
  }

  public QueueCallback of(VariableScope scope) {
    String callbackNo = (String) scope.getVariable(QueueCallbackVariables.CALLBACK_NO);
    if (callbackNo == null) {
      throw new IllegalStateException("process has no callbackNo variable");
    }
    return callbacks.findByCallbackNo(callbackNo)
        .orElseThrow(() -> new QueueCallbackNotFoundException(callbackNo));
  }
}
