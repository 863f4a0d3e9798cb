package com.griddesk.feedback;

/** Where a feedback entry comes from. */
public enum FeedbackSource {
  /** A complaint (投诉) as registered. */
  COMPLAINT,
  /** A suggestion (建议) as registered. */
  SUGGESTION,
  /** The outcome of a callback (回访), by phone or answered as a survey. */
  CALLBACK,
  /** A customer's 1-5 satisfaction survey answer. */
  SURVEY
}
