package com.griddesk.support;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds the engine's clock (GridDesk's "now") at {@link #NOW} during each test and gives the real clock back
 * afterwards, so that deadlines and the receivedAt window do not depend on the day the suite runs.
 */
public class FixedEngineTime implements BeforeEachCallback, AfterEachCallback {

  /** Tuesday 2026-03-10, 10:00 in Beijing: an ordinary working day of a loaded calendar year. */
  public static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

  @Override
  public void beforeEach(ExtensionContext context) {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
