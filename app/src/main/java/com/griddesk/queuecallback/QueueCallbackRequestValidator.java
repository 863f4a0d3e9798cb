package com.griddesk.queuecallback;

import com.griddesk.intake.CaseRequestValidator;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a request to be called back and names every wrong field. Phone, account number and service area follow
 * the intake's rules ({@link CaseRequestValidator}), so that a case can later be opened from the callback.
 */
@Component
public class QueueCallbackRequestValidator {

  static final int MAX_NOTE = 500;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  private static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(1);
  /** A number left in the queue is called back within hours; an older request is a mistake of the sender. */
  private static final Duration OLDEST_REQUEST = Duration.ofDays(7);

  private final BusinessClock clock;

  public QueueCallbackRequestValidator(BusinessClock clock) {
    this.clock = clock;
  }

  public LeftNumber validate(QueueCallbackRequest request) {
    if (request == null) {
      throw InvalidRequestException.of("", "请求体不能为空");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String phone = CaseRequestValidator.phone("phone", request.phone(), problems);
    String accountNo = blank(request.accountNo()) ? null
        : CaseRequestValidator.accountNo("accountNo", request.accountNo(), problems);
    String serviceArea = blank(request.serviceArea()) ? null
        : CaseRequestValidator.serviceArea("serviceArea", request.serviceArea(), problems);
    String note = note(request.note(), problems);
    Instant requestedAt = requestedAt(request.requestedAt(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new LeftNumber(phone, accountNo, serviceArea, note, requestedAt);
  }

  /** Optional free text of at most {@link #MAX_NOTE} characters, without control characters; null when blank. */
  static String note(String field, String value, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    String note = value.strip();
    if (note.length() > MAX_NOTE) {
      problems.add(new FieldProblem(field, "不能超过 " + MAX_NOTE + " 个字符"));
    } else if (CONTROL.matcher(note).find()) {
      problems.add(new FieldProblem(field, "含有不允许的控制字符"));
    }
    return note;
  }

  private static String note(String value, List<FieldProblem> problems) {
    return note("note", value, problems);
  }

  private Instant requestedAt(String value, List<FieldProblem> problems) {
    Instant now = clock.now();
    if (value == null) {
      return now;
    }
    Instant requestedAt;
    try {
      requestedAt = OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("requestedAt", "应为带时区偏移的 ISO-8601 时间，例如 2026-03-02T09:30:00+08:00"));
      return null;
    }
    if (requestedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
      problems.add(new FieldProblem("requestedAt", "留号时间不能晚于当前时间"));
    } else if (requestedAt.isBefore(now.minus(OLDEST_REQUEST))) {
      problems.add(new FieldProblem("requestedAt", "留号时间不能早于 7 天前"));
    }
    return requestedAt;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
