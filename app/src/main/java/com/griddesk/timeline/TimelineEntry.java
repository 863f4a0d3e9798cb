package com.griddesk.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a case's timeline. {@code actor} is a user id, "system" for what the engine or GridDesk did on its
 * own, "customer" for the customer's survey answer, or null where nobody was recorded. {@code sequence} orders
 * entries of the same instant; it is set when the sources are merged ({@link CaseTimeline}).
 */
public record TimelineEntry(Instant at, long sequence, String source, String kind, String actor, String process,
    Integer processVersion, String activity, String name, Map<String, Object> details) {

  public static final String ENGINE = "ENGINE";
  public static final String AUDIT = "AUDIT";
  public static final String SLA = "SLA";
  public static final String SYSTEM = "system";

  TimelineEntry numbered(long number) {
    return new TimelineEntry(at, number, source, kind, actor, process, processVersion, activity, name, details);
  }
}
