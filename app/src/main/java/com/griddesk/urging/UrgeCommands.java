package com.griddesk.urging;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseAnswers;
import com.griddesk.cases.Channel;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.IdempotencyConflictException;
import com.griddesk.intake.IdempotencyKey;
import com.griddesk.intake.IdempotentRequestInProgressException;
import com.griddesk.intake.RequestFingerprint;
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
 * POST /api/cases/{caseNo}/urge behind the controller. Order of checks: the case must be readable (else 404, so
 * that other units' case numbers are not confirmed; the channel systems may urge any case), the user one who takes
 * customers' contacts (403), the body valid (400, every field named), the Idempotency-Key well formed (400); then
 * {@link Urging} replays a recorded key or refuses a closed case (409). Nothing changes on any error.
 */
@Component
public class UrgeCommands {

  static final int MAX_NOTE = 500;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

  private final CaseRepository cases;
  private final CaseAccess access;
  private final Urging urging;
  private final CaseUrgeRepository urges;
  private final RequestFingerprint fingerprint;
  private final CaseAnswers answers;

  public UrgeCommands(CaseRepository cases, CaseAccess access, Urging urging, CaseUrgeRepository urges,
      RequestFingerprint fingerprint, CaseAnswers answers) {
    this.cases = cases;
    this.access = access;
    this.urging = urging;
    this.urges = urges;
    this.fingerprint = fingerprint;
    this.answers = answers;
  }

  /** The body as sent. */
  public record UrgeBody(String channel, String note) {}

  /** What a retry must repeat to be the same request: the case and the body. */
  private record Fingerprinted(String caseNo, String channel, String note) {}

  /** The case view, or only a receipt for a channel system that may not read the case ({@link CaseAnswers}). */
  public record Answer(Object body, boolean replayed) {}

  @Transactional
  public Answer urge(String caseNo, UrgeBody body, String idempotencyKey, Authentication user) {
    ServiceCase serviceCase = urgeableCase(caseNo, user);
    List<FieldProblem> problems = new ArrayList<>();
    Channel channel = channel(body.channel(), problems);
    String note = note(body.note(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    IdempotencyKey key = key(caseNo, body, idempotencyKey, user);
    Urging.Outcome outcome = urging.urge(serviceCase,
        new Urging.UrgeRequest(channel, note, CaseUrge.Source.API, user.getName()), key);
    return new Answer(answers.to(user, outcome.serviceCase()), outcome.replayed());
  }

  /**
   * After a concurrent request with the same key won the race: answer as that request was answered, or, while it
   * is still in flight, tell the client to retry.
   */
  @Transactional(readOnly = true)
  public Answer replay(String caseNo, UrgeBody body, String idempotencyKey, Authentication user) {
    ServiceCase serviceCase = urgeableCase(caseNo, user);
    IdempotencyKey key = key(caseNo, body, idempotencyKey, user);
    CaseUrge previous = urges.findByClientIdAndKey(key.clientId(), key.key())
        .orElseThrow(() -> new IdempotentRequestInProgressException(key.key()));
    if (!previous.getRequestHash().equals(key.requestHash())) {
      throw new IdempotencyConflictException(key.key());
    }
    return new Answer(answers.to(user, serviceCase), true);
  }

  private ServiceCase urgeableCase(String caseNo, Authentication user) {
    ServiceCase serviceCase = cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found) || access.inAnyOf(user, Set.of(GridDeskGroups.CHANNELS)))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
    if (!access.inAnyOf(user, GridDeskGroups.INTAKE)) {
      throw new AccessDeniedException("only the hotline and the channels urge " + caseNo);
    }
    return serviceCase;
  }

  private IdempotencyKey key(String caseNo, UrgeBody body, String idempotencyKey, Authentication user) {
    return idempotencyKey == null ? null : IdempotencyKey.of(user.getName(), idempotencyKey,
        fingerprint.of(new Fingerprinted(caseNo, body.channel(), body.note())));
  }

  private static Channel channel(String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem("channel", "必填"));
      return null;
    }
    return Arrays.stream(Channel.values()).filter(c -> c.name().equals(value)).findFirst().orElseGet(() -> {
      problems.add(new FieldProblem("channel", "取值应为以下之一："
          + Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    });
  }

  private static String note(String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem("note", "必填"));
      return null;
    }
    String note = value.strip();
    if (note.length() > MAX_NOTE) {
      problems.add(new FieldProblem("note", "不能超过 " + MAX_NOTE + " 个字符"));
    } else if (CONTROL.matcher(note).find()) {
      problems.add(new FieldProblem("note", "含有不允许的控制字符"));
    }
    return note;
  }
}
