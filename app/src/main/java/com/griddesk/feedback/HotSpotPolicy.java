package com.griddesk.feedback;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When feedback makes a hot spot, and which survey scores count as dissatisfied: {@code griddesk.feedback.*} in
 * the application's configuration (see docs/operations.md).
 */
@Component
public class HotSpotPolicy {

  private final int threshold;
  private final int windowDays;
  private final int lowScore;

  public HotSpotPolicy(@Value("${griddesk.feedback.hot-spot.threshold}") int threshold,
      @Value("${griddesk.feedback.hot-spot.window-days}") int windowDays,
      @Value("${griddesk.feedback.survey.low-score}") int lowScore) {
    if (threshold < 1) {
      throw new IllegalArgumentException("griddesk.feedback.hot-spot.threshold must be at least 1, is " + threshold);
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("griddesk.feedback.hot-spot.window-days must be at least 1, is " + windowDays);
    }
    if (lowScore < 1 || lowScore > 4) {
      throw new IllegalArgumentException("griddesk.feedback.survey.low-score must be 1-4, is " + lowScore);
    }
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.lowScore = lowScore;
  }

  /** How many complaints and dissatisfied callbacks within the window make a hot spot. */
  public int threshold() {
    return threshold;
  }

  /** How far back from now the window reaches (calendar days of 24 hours). */
  public Duration window() {
    return Duration.ofDays(windowDays);
  }

  /** Survey scores up to this one are dissatisfied. */
  public boolean isLow(int score) {
    return score <= lowScore;
  }

  public int lowScore() {
    return lowScore;
  }
}
