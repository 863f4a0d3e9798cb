package com.griddesk.callback;

import com.griddesk.cases.CallbackOutcome;

/** How a survey's 1-5 score reads as a callback result: 4-5 satisfied, 3 basically satisfied, 1-2 dissatisfied. */
public final class SurveyScores {

  public static final int MIN = 1;
  public static final int MAX = 5;

  private SurveyScores() {}

  public static CallbackOutcome outcomeOf(int score) {
    if (score < MIN || score > MAX) {
      throw new IllegalArgumentException("survey score out of range: " + score);
    }
    if (score >= 4) {
      return CallbackOutcome.SATISFIED;
    }
    return score == 3 ? CallbackOutcome.BASICALLY_SATISFIED : CallbackOutcome.DISSATISFIED;
  }
}
