package com.griddesk.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GridDesk's one source of "now": the engine's clock, so that tests that move the engine's time move
 * GridDesk's deadlines with it. Times are kept to whole seconds, as MySQL stores them.
 */
@Component
public class BusinessClock {

  private final ZoneId zone;

  public BusinessClock(@Value("${griddesk.time-zone}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The service centre's time zone: working days and "24:00 of the Nth working day" are counted in it. */
  public ZoneId zone() {
    return zone;
  }
}
