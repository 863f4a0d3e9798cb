package com.griddesk.callback;

import static com.griddesk.callback.CallbackVariables.ATTEMPT;
import static com.griddesk.callback.CallbackVariables.FEEDBACK;
import static com.griddesk.callback.CallbackVariables.MAX_ATTEMPTS;
import static com.griddesk.callback.CallbackVariables.NEXT_AT;
import static com.griddesk.callback.CallbackVariables.NEXT_DUE;
import static com.griddesk.callback.CallbackVariables.OUTCOME;
import static com.griddesk.callback.CallbackVariables.PERIODS_TRIED;
import static com.griddesk.callback.CallbackVariables.SURVEY_COMMENT;
import static com.griddesk.callback.CallbackVariables.SURVEY_SCORE;
import static com.griddesk.callback.CallbackVariables.VIA;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.SlaClocks;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of processes/callback.bpmn that are code: counting the calls, choosing when to call again, taking a
 * survey answer as the result, and recording the result on the case. Called as {@code ${callbackAttempts...}}.
 */
@Component("callbackAttempts")
public class CallbackAttempts {

  private final int maxAttempts;
  private final CallPeriods periods;
  private final BusinessClock clock;
  private final SlaClocks slaClocks;
  private final ProcessCases processCases;
  private final CallbackResults results;

  public CallbackAttempts(@Value("${griddesk.callback.max-attempts}") int maxAttempts, CallPeriods periods,
      BusinessClock clock, SlaClocks slaClocks, ProcessCases processCases, CallbackResults results) {
    if (maxAttempts < 1) {
      throw new IllegalStateException("griddesk.callback.max-attempts must be at least 1, got " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.periods = periods;
    this.clock = clock;
    this.slaClocks = slaClocks;
    this.processCases = processCases;
    this.results = results;
  }

  /** A new callback: the first call; nothing of an earlier round's result carries over into the form. */
  public void begin(DelegateExecution execution) {
    execution.setVariable(ATTEMPT, 1);
    execution.setVariable(MAX_ATTEMPTS, maxAttempts);
    execution.setVariable(PERIODS_TRIED, "");
    for (String stale : new String[] {OUTCOME, FEEDBACK, VIA, SURVEY_SCORE, SURVEY_COMMENT, NEXT_AT, NEXT_DUE}) {
      execution.removeVariable(stale);
    }
  }

  /** On completing a call: the result must be one of the four outcomes. */
  public void checkOutcome(DelegateTask task) {
    Object outcome = task.getVariable(OUTCOME);
    boolean known = outcome != null
        && Arrays.stream(CallbackOutcome.values()).anyMatch(value -> value.name().equals(outcome.toString()));
    if (!known) {
      throw new BadUserRequestException("请选择回访结果（" + OUTCOME + "：" + Arrays.stream(CallbackOutcome.values())
          .map(Enum::name).collect(Collectors.joining(" / ")) + "）");
    }
    task.setVariable(VIA, "PHONE");
  }

  /** The customer was not reached: the next call, in a period of the day not tried yet. */
  public void scheduleNext(DelegateExecution execution) {
    Instant now = clock.now();
    Set<Integer> tried = triedPeriods(execution);
    int period = periods.periodOf(now);
    if (period >= 0) {
      tried.add(period);
    }
    CallPeriods.NextCall next = periods.nextAfter(now, tried);
    execution.setVariable(PERIODS_TRIED, tried.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    execution.setVariable(NEXT_AT, Date.from(next.at()));
    execution.setVariable(NEXT_DUE, Date.from(next.due()));
    execution.setVariable(ATTEMPT, ((Number) execution.getVariable(ATTEMPT)).intValue() + 1);
    // The next call starts with an empty form; each call's result stays in the history of its task.
    execution.removeVariable(OUTCOME);
    execution.removeVariable(FEEDBACK);
  }

  /** The customer answered the survey before the calls were done: its score is the callback's result. */
  public void takeSurveyAnswer(DelegateExecution execution) {
    int score = ((Number) execution.getVariable(SURVEY_SCORE)).intValue();
    execution.setVariable(OUTCOME, SurveyScores.outcomeOf(score).name());
    execution.setVariable(FEEDBACK, execution.getVariable(SURVEY_COMMENT));
    execution.setVariable(VIA, "SURVEY");
    slaClocks.stopIfRunning(execution, "CALLBACK");
  }

  /** Records the result on the case, for the case view and the feedback statistics. */
  public void finish(DelegateExecution execution) {
    ServiceCase serviceCase = processCases.of(execution);
    CallbackOutcome outcome = CallbackOutcome.valueOf((String) execution.getVariable(OUTCOME));
    Object words = execution.getVariable(FEEDBACK);
    results.record(serviceCase, outcome, words == null ? null : words.toString(), (String) execution.getVariable(VIA));
  }

  private static Set<Integer> triedPeriods(DelegateExecution execution) {
    Set<Integer> tried = new HashSet<>();
    Object text = execution.getVariable(PERIODS_TRIED);
    if (text != null && !text.toString().isBlank()) {
      for (String part : text.toString().split(",")) {
        tried.add(Integer.parseInt(part));
      }
    }
    return tried;
  }
}
