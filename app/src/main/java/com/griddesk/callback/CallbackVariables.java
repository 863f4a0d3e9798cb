package com.griddesk.callback;

/** Process variables of processes/callback.bpmn; the calling processes read callbackOutcome and callbackFeedback. */
public final class CallbackVariables {

  public static final String OUTCOME = "callbackOutcome";
  public static final String FEEDBACK = "callbackFeedback";
  /** PHONE (the callback team's call) or SURVEY (the customer's survey answer came first). */
  public static final String VIA = "callbackVia";
  public static final String ATTEMPT = "callbackAttempt";
  public static final String MAX_ATTEMPTS = "callbackMaxAttempts";
  static final String PERIODS_TRIED = "callbackPeriodsTried";
  static final String NEXT_AT = "nextCallbackAt";
  static final String NEXT_DUE = "nextCallbackDue";
  /** Set by the survey's message: the customer's score 1-5 and comment. */
  public static final String SURVEY_SCORE = "surveyScore";
  public static final String SURVEY_COMMENT = "surveyComment";
  public static final String SURVEY_MESSAGE = "surveyAnswered";

  private CallbackVariables() {}
}
