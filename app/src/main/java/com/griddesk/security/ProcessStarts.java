package com.griddesk.security;

import java.util.function.Supplier;

/**
 * Marks the process starts GridDesk's own code makes (a case opened through the API, a queue callback, an urge's or
 * a hot spot's process), as opposed to a start someone asks the engine for directly (its REST API, Tasklist's
 * "start process"). Processes other than the complaint's start form need what GridDesk registers before it starts
 * them; see {@link ProcessStartGuard}.
 */
public final class ProcessStarts {

  private static final ThreadLocal<Boolean> OWN = ThreadLocal.withInitial(() -> false);

  private ProcessStarts() {}

  /** Runs a start of GridDesk's own code; nested starts (a start during a start) keep the mark. */
  public static <T> T own(Supplier<T> start) {
    boolean outer = OWN.get();
    OWN.set(true);
    try {
      return start.get();
    } finally {
      OWN.set(outer);
    }
  }

  /** Whether the current start is GridDesk's own. */
  public static boolean isOwn() {
    return OWN.get();
  }
}
