package com.griddesk.callback;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import org.springframework.stereotype.Component;

/** Where a finished callback's result goes: onto the case record. */
@Component
public class CallbackResults {

  private final BusinessClock clock;

  public CallbackResults(BusinessClock clock) {
    this.clock = clock;
  }

  /** @param via PHONE or SURVEY */
  public void record(ServiceCase serviceCase, CallbackOutcome outcome, String customerWords, String via) {
    serviceCase.recordCallback(outcome, clock.now());
  }
}
