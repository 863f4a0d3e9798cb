package com.griddesk.urging;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.Channel;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.IdempotencyConflictException;
import com.griddesk.intake.IdempotencyKey;
import com.griddesk.intake.IdempotencyRepository;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.StateConflictException;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a repeat contact about an open case as an urge on it, never as a new case: the urge count goes up, the
 * note is kept (in gd_case_urge, not in the engine), the case's priority is raised ({@link UrgingPolicy}), the
 * handler is told ({@link HandlerNotification}), and the urge that reaches the policy's threshold sends the case to
 * the supervisors ({@link UrgeEscalations}) unless they are already at work on it. All in the caller's
 * transaction: the case record, the urge and the engine change together or not at all.
 */
@Service
public class Urging {

  private final CaseUrgeRepository urges;
  private final IdempotencyRepository intakeKeys;
  private final UrgingPolicy policy;
  private final HandlerNotification notification;
  private final UrgeEscalations escalations;
  private final EngineBookkeeping engine;
  private final CaseLocks locks;
  private final BusinessClock clock;
  private final AuditLog audit;

  public Urging(CaseUrgeRepository urges, IdempotencyRepository intakeKeys, UrgingPolicy policy,
      HandlerNotification notification, UrgeEscalations escalations, EngineBookkeeping engine, CaseLocks locks,
      BusinessClock clock, AuditLog audit) {
    this.audit = audit;
    this.locks = locks;
    this.urges = urges;
    this.intakeKeys = intakeKeys;
    this.policy = policy;
    this.notification = notification;
    this.escalations = escalations;
    this.engine = engine;
    this.clock = clock;
  }

  /** What was said, by whom, through which channel. */
  public record UrgeRequest(Channel channel, String note, CaseUrge.Source source, String user) {}

  /** @param replayed true when the request's Idempotency-Key had been recorded already: nothing was changed */
  public record Outcome(ServiceCase serviceCase, boolean replayed) {}

  /**
   * Urges the case. Takes the case's row lock first, so that urges of one case (also from concurrent calls) are
   * counted one after the other and the threshold starts exactly one escalation.
   *
   * @param key the client's Idempotency-Key, or null: a key already recorded with the same request answers as
   *     before without a second urge; with another request it is a conflict
   */
  @Transactional
  public Outcome urge(ServiceCase serviceCase, UrgeRequest request, IdempotencyKey key) {
    locks.lock(serviceCase);
    if (key != null) {
      var previous = urges.findByClientIdAndKey(key.clientId(), key.key());
      if (previous.isPresent()) {
        if (!previous.get().getRequestHash().equals(key.requestHash())
            || !previous.get().getCaseId().equals(serviceCase.getId())) {
          throw new IdempotencyConflictException(key.key());
        }
        return new Outcome(serviceCase, true);
      }
      if (request.source() == CaseUrge.Source.API
          && intakeKeys.findByClientIdAndKey(key.clientId(), key.key()).isPresent()) {
        throw new IdempotencyConflictException(key.key());
      }
    }
    if (serviceCase.getStatus() == CaseStatus.CLOSED) {
      throw new StateConflictException("工单 " + serviceCase.getCaseNo() + " 已结案，不能催办");
    }
    Instant now = clock.now();
    int urgeNo = serviceCase.urge(now);
    serviceCase.prioritise(policy.raised(serviceCase.getPriority()), now);
    CaseUrge urge = new CaseUrge(serviceCase.getId(), urgeNo, request.channel(), request.source(), request.note(),
        now, request.user());
    if (key != null) {
      urge.identifiedBy(key.clientId(), key.key(), key.requestHash());
    }
    // Flushed now: a request that slipped past the checks above fails on the unique keys before the engine is touched.
    urges.saveAndFlush(urge);
    // Two engine commands: the first one's tasks are flushed when it ends, so the second finds the supervisors'
    // new task among the case's open tasks and comments on it too.
    if (policy.escalates(urgeNo)) {
      engine.call(() -> {
        if (!escalations.openFor(serviceCase)) {
          escalations.start(serviceCase, urge);
        }
        return null;
      });
    }
    engine.call(() -> {
      notification.notifyUrge(serviceCase, urge);
      return null;
    });
    audit.record(request.user(), AuditAction.CASE_URGED, serviceCase.getCaseNo(), "urgeNo", urgeNo,
        "source", request.source(), "channel", request.channel(), "priority", serviceCase.getPriority());
    return new Outcome(serviceCase, false);
  }

  /** Whether this client's Idempotency-Key was recorded with an urge (e.g. an intake request that became one). */
  @Transactional(readOnly = true)
  public boolean urgedWith(IdempotencyKey key) {
    return urges.findByClientIdAndKey(key.clientId(), key.key()).isPresent();
  }
}
