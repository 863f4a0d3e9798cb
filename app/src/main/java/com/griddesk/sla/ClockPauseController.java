package com.griddesk.sla;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pausing a case's clocks while waiting for the customer, resuming them, and a supervisor's rejection of a pause.
 * Each answers with the case as GET /api/cases/{caseNo} shows it. Order of checks: the case must be readable
 * (else 404), the user allowed (403), the body valid (400, every field named), the case in a fitting state (409).
 */
@RestController
@RequestMapping("/api/cases/{caseNo}")
public class ClockPauseController {

  private static final int MAX_TEXT = 500;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  /** Besides the handling unit, who may tell GridDesk that the customer has answered: where customers call in. */
  private static final Set<String> CUSTOMER_FACING = Set.of(GridDeskGroups.HOTLINE, GridDeskGroups.CHANNELS);
  private static final Set<String> SUPERVISING = Set.of(GridDeskGroups.SUPERVISORS, GridDeskGroups.ADMINS);

  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseViews views;
  private final ClockPauses pauses;

  public ClockPauseController(CaseRepository cases, CaseAccess access, CaseViews views, ClockPauses pauses) {
    this.cases = cases;
    this.access = access;
    this.views = views;
    this.pauses = pauses;
  }

  public record PauseRequest(String reason, String note) {}

  public record ResumeRequest(String cause) {}

  public record RejectRequest(String comment) {}

  @PostMapping("/pause")
  @Transactional
  public CaseView pause(@PathVariable String caseNo, @RequestBody PauseRequest request, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    if (!access.handles(user, serviceCase)) {
      throw new AccessDeniedException("only the handling unit pauses " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    PauseReason reason = oneOf(PauseReason.class, "reason", request.reason(), Set.of(PauseReason.values()), problems);
    String note = text("note", request.note(), problems);
    check(problems);
    pauses.pause(serviceCase, reason, note, user.getName());
    return views.of(serviceCase);
  }

  @PostMapping("/resume")
  @Transactional
  public CaseView resume(@PathVariable String caseNo, @RequestBody ResumeRequest request, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    boolean handles = access.handles(user, serviceCase);
    if (!handles && !access.inAnyOf(user, CUSTOMER_FACING)) {
      throw new AccessDeniedException("no resume on " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    ResumeCause cause = oneOf(ResumeCause.class, "cause", request.cause(),
        Set.of(ResumeCause.HANDLER, ResumeCause.CUSTOMER_ANSWERED), problems);
    check(problems);
    // The hotline and the channels only report the customer's answer; resuming on their own is the handler's call.
    if (cause == ResumeCause.HANDLER && !handles) {
      throw new AccessDeniedException("only the handling unit resumes " + caseNo + " as HANDLER");
    }
    pauses.resume(serviceCase, cause, user.getName());
    return views.of(serviceCase);
  }

  @PostMapping("/pause/reject")
  @Transactional
  public CaseView reject(@PathVariable String caseNo, @RequestBody RejectRequest request, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    if (!access.inAnyOf(user, SUPERVISING)) {
      throw new AccessDeniedException("only supervisors reject a pause of " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    String comment = text("comment", request.comment(), problems);
    check(problems);
    pauses.reject(serviceCase, comment, user.getName());
    return views.of(serviceCase);
  }

  /** A handler of another unit gets 404, so that case numbers of other units are not confirmed. */
  private ServiceCase visibleCase(String caseNo, Authentication user) {
    return cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found) || access.inAnyOf(user, Set.of(GridDeskGroups.CHANNELS)))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
  }

  private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, Set<E> allowed,
      List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "必填"));
      return null;
    }
    E found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value) && allowed.contains(e))
        .findFirst().orElse(null);
    if (found == null) {
      String names = Arrays.stream(type.getEnumConstants()).filter(allowed::contains).map(Enum::name)
          .collect(Collectors.joining(", "));
      problems.add(new FieldProblem(field, "取值应为以下之一：" + names));
    }
    return found;
  }

  private static String text(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "必填"));
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "不能超过 " + MAX_TEXT + " 个字符"));
    } else if (CONTROL.matcher(trimmed).find()) {
      problems.add(new FieldProblem(field, "含有不允许的控制字符"));
    }
    return trimmed;
  }

  private static void check(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
