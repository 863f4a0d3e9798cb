package com.griddesk.intake;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks every field of an intake request and names each one that is wrong. */
@Component
public class CaseRequestValidator {

  private static final Pattern ACCOUNT_NO = Pattern.compile("[0-9]{6,20}");
  /** A mainland mobile number (optionally +86) or a landline with area code. */
  private static final Pattern PHONE = Pattern.compile("(\\+?86)?1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
  private static final Pattern SERVICE_AREA = Pattern.compile("[A-Z0-9]{2,16}");
  /** Outage references and transformer numbers as dispatch systems write them. */
  private static final Pattern EQUIPMENT_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  /** Control characters other than tab, line feed and carriage return. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  private static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(1);
  private static final Duration OLDEST_RECEIPT = Duration.ofDays(365);

  private final BusinessClock clock;

  public CaseRequestValidator(BusinessClock clock) {
    this.clock = clock;
  }

  public NewCase validate(CaseRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request == null) {
      throw InvalidRequestException.of("", "请求体不能为空");
    }
    CaseType type = oneOf(CaseType.class, "type", request.type(), problems);
    Channel channel = oneOf(Channel.class, "channel", request.channel(), problems);
    Customer customer = customer(request.customer(), problems);
    String serviceArea = serviceArea("serviceArea", request.serviceArea(), problems);
    AreaType areaType = oneOf(AreaType.class, "areaType", request.areaType(), problems);
    String category = category(type, request.category(), problems);
    String subject = text("subject", request.subject(), 200, false, problems);
    String description = text("description", request.description(), 4000, true, problems);
    Instant receivedAt = receivedAt(request.receivedAt(), problems);
    String outageRef = onlyFor(CaseType.REPAIR, type, "outageRef", request.outageRef(), problems);
    String transformerId = onlyFor(CaseType.REPAIR, type, "transformerId", request.transformerId(), problems);
    outageRef = outageRef == null ? null
        : matching("outageRef", outageRef, EQUIPMENT_REF, "应为 1-64 位字母、数字或 _ . -", problems);
    transformerId = transformerId == null ? null
        : matching("transformerId", transformerId, EQUIPMENT_REF, "应为 1-64 位字母、数字或 _ . -", problems);
    String praisedStaff = praisedStaff(type, category, request.praisedStaff(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new NewCase(type, channel, customer, serviceArea, areaType, category, subject, description, receivedAt,
        outageRef, transformerId, praisedStaff, Boolean.TRUE.equals(request.separateCase()));
  }

  /** The category must be one of the case type's own. */
  private static String category(CaseType type, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem("category", "必填"));
      return null;
    }
    if (type != null && !type.categories().contains(value)) {
      problems.add(new FieldProblem("category", type + " 类工单的分类应为以下之一：" + String.join(", ", type.categories())));
      return null;
    }
    if (type == null && Arrays.stream(CaseType.values()).noneMatch(known -> known.categories().contains(value))) {
      problems.add(new FieldProblem("category", "不是任何工单类型的分类"));
      return null;
    }
    return value;
  }

  /** A field that belongs to one case type: refused on others, so that nothing sent is silently dropped. */
  private static String onlyFor(CaseType owner, CaseType type, String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (type != null && type != owner) {
      problems.add(new FieldProblem(field, "仅适用于 " + owner + " 类工单"));
      return null;
    }
    return value.strip();
  }

  /** Praise of a member of staff names them, so that it can be passed on. */
  private static String praisedStaff(CaseType type, String category, String value, List<FieldProblem> problems) {
    String staff = onlyFor(CaseType.PRAISE, type, "praisedStaff", value, problems);
    if (type == CaseType.PRAISE && "STAFF".equals(category)) {
      return text("praisedStaff", staff, 100, false, problems);
    }
    return staff == null ? null : text("praisedStaff", staff, 100, false, problems);
  }

  private Customer customer(CaseRequest.CustomerPart part, List<FieldProblem> problems) {
    if (part == null) {
      problems.add(new FieldProblem("customer", "必填"));
      return null;
    }
    String accountNo = accountNo("customer.accountNo", part.accountNo(), problems);
    String name = text("customer.name", part.name(), 50, false, problems);
    String phone = phone("customer.phone", part.phone(), problems);
    return new Customer(accountNo, name, phone);
  }

  /** A customer account number (户号), required; as intake accepts it. Null when it is wrong (then named). */
  public static String accountNo(String field, String value, List<FieldProblem> problems) {
    return matching(field, value, ACCOUNT_NO, "户号应为 6-20 位数字", problems);
  }

  /** A customer phone number, required; spaces are dropped, as at intake. Null when it is wrong (then named). */
  public static String phone(String field, String value, List<FieldProblem> problems) {
    String phone = value == null ? null : value.replace(" ", "");
    return matching(field, phone, PHONE, "应为手机号或带区号的固定电话", problems);
  }

  /** A supply office code, required; as intake accepts it (whether a unit works it is the routing table's). */
  public static String serviceArea(String field, String value, List<FieldProblem> problems) {
    return matching(field, value, SERVICE_AREA, "供电单位编码应为 2-16 位大写字母或数字", problems);
  }

  private Instant receivedAt(String value, List<FieldProblem> problems) {
    Instant now = clock.now();
    if (value == null) {
      return now;
    }
    Instant receivedAt;
    try {
      receivedAt = OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("receivedAt", "应为带时区偏移的 ISO-8601 时间，例如 2026-03-02T09:30:00+08:00"));
      return null;
    }
    if (receivedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
      problems.add(new FieldProblem("receivedAt", "受理时间不能晚于当前时间"));
    } else if (receivedAt.isBefore(now.minus(OLDEST_RECEIPT))) {
      problems.add(new FieldProblem("receivedAt", "受理时间不能早于 365 天前"));
    }
    return receivedAt;
  }

  private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "必填"));
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      problems.add(new FieldProblem(field, "取值应为以下之一：" + allowed));
      return null;
    }
  }

  private static String matching(String field, String value, Pattern pattern, String message, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "必填"));
      return null;
    }
    if (!pattern.matcher(value).matches()) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
    return value;
  }

  private static String text(String field, String value, int maxLength, boolean multiline, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "必填"));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      problems.add(new FieldProblem(field, "不能超过 " + maxLength + " 个字符"));
      return null;
    }
    if (CONTROL.matcher(trimmed).find() || (!multiline && (trimmed.contains("\n") || trimmed.contains("\r")))) {
      problems.add(new FieldProblem(field, "含有不允许的控制字符"));
      return null;
    }
    return trimmed;
  }
}
