package com.griddesk.web;

import java.util.Optional;

/** Finds an exception of a given kind in a cause chain; the engine wraps what listeners and delegates throw. */
public final class Causes {

  private Causes() {}

  public static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
