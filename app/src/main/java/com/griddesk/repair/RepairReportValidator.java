package com.griddesk.repair;

import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a crew's step report and turns it into the variables the step's task form would submit; the same limits
 * as the forms (forms/repair-*.form). Every problem is named at once.
 */
@Component
public class RepairReportValidator {

  static final int MAX_TEXT = 2000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

  public Map<String, Object> variables(RepairStep step, RepairReport report) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> variables = new HashMap<>();
    switch (step) {
      case ACCEPT -> optionalText("note", report.note(), problems).ifPresent(v -> variables.put("acceptNote", v));
      case ARRIVE -> optionalText("note", report.note(), problems).ifPresent(v -> variables.put("arrivalNote", v));
      case RESTORE -> {
        faultCause(report.faultCause(), problems).ifPresent(v -> variables.put("faultCause", v));
        if (report.repairNote() == null || report.repairNote().isBlank()) {
          problems.add(new FieldProblem("repairNote", "必填"));
        } else {
          optionalText("repairNote", report.repairNote(), problems).ifPresent(v -> variables.put("repairNote", v));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return variables;
  }

  private static Optional<String> faultCause(String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem("faultCause", "必填"));
      return Optional.empty();
    }
    boolean known = Arrays.stream(FaultCause.values()).anyMatch(cause -> cause.name().equals(value));
    if (!known) {
      problems.add(new FieldProblem("faultCause", "取值应为以下之一："
          + Arrays.stream(FaultCause.values()).map(Enum::name).collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<String> optionalText(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "不能超过 " + MAX_TEXT + " 个字符"));
    } else if (CONTROL.matcher(trimmed).find()) {
      problems.add(new FieldProblem(field, "含有不允许的控制字符"));
    }
    return Optional.of(trimmed);
  }
}
