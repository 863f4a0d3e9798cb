package com.griddesk.bench.drill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a drill's checks found. Each check prints one line, {@code ok} or {@code FAIL} with a few examples; the
 * drill script collects the FAIL lines into its verdict. A tool exits with {@link #exitCode()}.
 */
final class Findings {

  private static final int EXAMPLES = 5;
  private final List<String> failed = new ArrayList<>();

  void ok(String check, String detail) {
    System.out.printf("  ok    %s: %s%n", check, detail);
  }

  void fail(String check, String detail) {
    failed.add(check);
    System.out.printf("  FAIL  %s: %s%n", check, detail);
  }

  void info(String check, String detail) {
    System.out.printf("  info  %s: %s%n", check, detail);
  }

  /** Passes when nothing was found wrong; otherwise fails with the number of findings and the first few. */
  void expectNone(String check, Collection<String> wrong, String okDetail) {
    if (wrong.isEmpty()) {
      ok(check, okDetail);
    } else {
      fail(check, wrong.size() + ", e.g. " + wrong.stream().limit(EXAMPLES).collect(Collectors.joining("; ")));
    }
  }

  boolean passed() {
    return failed.isEmpty();
  }

  int exitCode() {
    return passed() ? 0 : 1;
  }
}
