package com.griddesk.sla;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may pause, resume and reject, and what a valid request is: the rules behind both the JSON API
 * ({@link ClockPauseController}) and the clocks page ({@link ClockPausePage}). Order of checks: the case must be
 * readable ({@link CaseNotFoundException}), the user allowed ({@link AccessDeniedException}), the input valid
 * ({@link InvalidRequestException}, every field named), the case in a fitting state (from {@link ClockPauses}).
 * Each action runs in one transaction: on any error nothing changes.
 */
@Component
public class ClockPauseCommands {

  static final int MAX_TEXT = 500;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  /** Besides the handling unit, who may tell GridDesk that the customer has answered: where customers call in. */
  private static final Set<String> CUSTOMER_FACING = Set.of(GridDeskGroups.HOTLINE, GridDeskGroups.CHANNELS);
  private static final Set<String> SUPERVISING = Set.of(GridDeskGroups.SUPERVISORS, GridDeskGroups.ADMINS);

  private final CaseRepository cases;
  private final CaseAccess access;
  private final ClockPauses pauses;
  private final AuditLog audit;

  public ClockPauseCommands(CaseRepository cases, CaseAccess access, ClockPauses pauses, AuditLog audit) {
    this.audit = audit;
    this.cases = cases;
    this.access = access;
    this.pauses = pauses;
  }

  @Transactional
  public ServiceCase pause(String caseNo, String reasonName, String noteText, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    if (!mayPause(user, serviceCase)) {
      throw new AccessDeniedException("only the handling unit pauses " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    PauseReason reason = oneOf(PauseReason.class, "reason", reasonName, Set.of(PauseReason.values()), problems);
    String note = text("note", noteText, problems);
    check(problems);
    pauses.pause(serviceCase, reason, note, user.getName());
    audit.record(user.getName(), AuditAction.CLOCKS_PAUSED, caseNo, "reason", reason);
    return serviceCase;
  }

  @Transactional
  public ServiceCase resume(String caseNo, String causeName, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    boolean handles = access.handles(user, serviceCase);
    if (!handles && !mayReportAnswer(user, serviceCase)) {
      throw new AccessDeniedException("no resume on " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    ResumeCause cause = oneOf(ResumeCause.class, "cause", causeName,
        Set.of(ResumeCause.HANDLER, ResumeCause.CUSTOMER_ANSWERED), problems);
    check(problems);
    // The hotline and the channels only report the customer's answer; resuming on their own is the handler's call.
    if (cause == ResumeCause.HANDLER && !handles) {
      throw new AccessDeniedException("only the handling unit resumes " + caseNo + " as HANDLER");
    }
    pauses.resume(serviceCase, cause, user.getName());
    audit.record(user.getName(), AuditAction.CLOCKS_RESUMED, caseNo, "cause", cause);
    return serviceCase;
  }

  @Transactional
  public ServiceCase reject(String caseNo, String commentText, Authentication user) {
    ServiceCase serviceCase = visibleCase(caseNo, user);
    if (!mayReject(user)) {
      throw new AccessDeniedException("only supervisors reject a pause of " + caseNo);
    }
    List<FieldProblem> problems = new ArrayList<>();
    String comment = text("comment", commentText, problems);
    check(problems);
    pauses.reject(serviceCase, comment, user.getName());
    audit.record(user.getName(), AuditAction.PAUSE_REJECTED, caseNo);
    return serviceCase;
  }

  /** A handler of another unit gets 404, so that case numbers of other units are not confirmed. */
  public ServiceCase visibleCase(String caseNo, Authentication user) {
    return cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found) || access.inAnyOf(user, Set.of(GridDeskGroups.CHANNELS)))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
  }

  /** The handling unit (and administrators) pause and resume on their own. */
  public boolean mayPause(Authentication user, ServiceCase serviceCase) {
    return access.handles(user, serviceCase);
  }

  /** Who may end a pause because the customer answered: the handling unit, the hotline and the channels. */
  public boolean mayReportAnswer(Authentication user, ServiceCase serviceCase) {
    return access.handles(user, serviceCase) || access.inAnyOf(user, CUSTOMER_FACING);
  }

  public boolean mayReject(Authentication user) {
    return access.inAnyOf(user, SUPERVISING);
  }

  /** Whether the case's status allows a pause at all; {@link ClockPauses} checks the clocks themselves. */
  public static boolean pausable(ServiceCase serviceCase) {
    return ClockPauses.PAUSABLE.contains(serviceCase.getStatus());
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
