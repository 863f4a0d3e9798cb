package com.griddesk.callback;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.feedback.FeedbackPool;
import com.griddesk.sla.BusinessClock;
import org.springframework.stereotype.Component;

/** Where a finished callback's result goes: onto the case record, and into the feedback pool. */
@Component
public class CallbackResults {

  private final BusinessClock clock;
  private final FeedbackPool feedbackPool;

  public CallbackResults(BusinessClock clock, FeedbackPool feedbackPool) {
    this.clock = clock;
    this.feedbackPool = feedbackPool;
  }

  /** @param via PHONE or SURVEY */
  public void record(ServiceCase serviceCase, CallbackOutcome outcome, String customerWords, String via) {
    serviceCase.recordCallback(outcome, clock.now());
    feedbackPool.callbackAnswered(serviceCase, outcome, customerWords, via);
  }
}
