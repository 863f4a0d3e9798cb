package com.griddesk.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form --name=value; an option not given falls back to an environment variable. */
public final class Args {

  private final Map<String, String> values = new HashMap<>();

  public Args(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      int eq = arg.indexOf('=');
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
  }

  /** The option, else the environment variable {@code env}, else {@code fallback} (null: required). */
  public String get(String name, String env, String fallback) {
    String value = values.get(name);
    if (value == null && env != null) {
      value = System.getenv(env);
    }
    if (value == null) {
      value = fallback;
    }
    if (value == null) {
      throw new IllegalArgumentException("--" + name + (env == null ? "" : " (or $" + env + ")") + " is required");
    }
    return value;
  }

  public String get(String name, String fallback) {
    return get(name, null, fallback);
  }

  public long getLong(String name, long fallback) {
    return Long.parseLong(get(name, Long.toString(fallback)));
  }

  public int getInt(String name, int fallback) {
    return Integer.parseInt(get(name, Integer.toString(fallback)));
  }
}
