package com.griddesk.supervision;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** griddesk.supervision.* (see docs/operations.md): what the dashboard covers and how often it is refreshed. */
@Component
class SupervisionSettings {

  private final int arrivalWeeks;
  private final int satisfactionDays;
  private final int urgentClocks;
  private final int refreshSeconds;
  private final Duration cacheFor;

  SupervisionSettings(@Value("${griddesk.supervision.arrival-weeks}") int arrivalWeeks,
      @Value("${griddesk.supervision.satisfaction-days}") int satisfactionDays,
      @Value("${griddesk.supervision.urgent-clocks}") int urgentClocks,
      @Value("${griddesk.supervision.refresh-seconds}") int refreshSeconds,
      @Value("${griddesk.supervision.cache-for}") Duration cacheFor) {
    this.arrivalWeeks = within("arrival-weeks", arrivalWeeks, 1, 53);
    this.satisfactionDays = within("satisfaction-days", satisfactionDays, 1, 366);
    this.urgentClocks = within("urgent-clocks", urgentClocks, 1, 200);
    this.refreshSeconds = within("refresh-seconds", refreshSeconds, 5, 3600);
    if (cacheFor.isNegative() || cacheFor.getSeconds() > refreshSeconds) {
      throw new IllegalStateException("griddesk.supervision.cache-for must be 0 to refresh-seconds ("
          + refreshSeconds + " s), is " + cacheFor);
    }
    this.cacheFor = cacheFor;
  }

  private static int within(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalStateException("griddesk.supervision." + name + " must be " + min + "-" + max + ", is " + value);
    }
    return value;
  }

  /** How many weeks back from now the arrivals cover. */
  int arrivalWeeks() {
    return arrivalWeeks;
  }

  /** How many days back from now the satisfaction rate covers. */
  int satisfactionDays() {
    return satisfactionDays;
  }

  /** How many of the clocks in alert are listed, the most urgent first. */
  int urgentClocks() {
    return urgentClocks;
  }

  /** How often the page asks for new figures. */
  int refreshSeconds() {
    return refreshSeconds;
  }

  /** How long one set of figures is served to every reader before the database is asked again. */
  Duration cacheFor() {
    return cacheFor;
  }
}
