package com.griddesk.intake;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.routing.UnroutableCaseException;
import com.griddesk.security.ProcessStarts;
import com.griddesk.sla.BusinessClock;
import com.griddesk.urging.CaseUrge;
import com.griddesk.urging.RepeatCalls;
import com.griddesk.urging.Urging;
import com.griddesk.web.InvalidRequestException;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: record, idempotency key and process start in one transaction, so that a case is either fully
 * accepted (and then answered 201) or not stored at all. A repeat call, for a customer account that has an open
 * case of the same type, is recorded as an urge on that case instead ({@link RepeatCalls}, {@link Urging}), in the
 * same transaction, unless the request says {@code separateCase}.
 */
@Service
public class CaseIntake {

  private final CaseRegistration registration;
  private final CaseRepository cases;
  private final IdempotencyRepository idempotency;
  private final RuntimeService runtimeService;
  private final BusinessClock clock;
  private final RepeatCalls repeatCalls;
  private final Urging urging;
  private final AuditLog audit;

  public CaseIntake(CaseRegistration registration, CaseRepository cases, IdempotencyRepository idempotency,
      RuntimeService runtimeService, BusinessClock clock, RepeatCalls repeatCalls, Urging urging, AuditLog audit) {
    this.audit = audit;
    this.registration = registration;
    this.cases = cases;
    this.idempotency = idempotency;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.repeatCalls = repeatCalls;
    this.urging = urging;
  }

  /** @param key the client's Idempotency-Key, or null when it sent none */
  @Transactional
  public IntakeResult open(NewCase request, String createdBy, IdempotencyKey key) {
    if (key != null) {
      var previous = idempotency.findByClientIdAndKey(key.clientId(), key.key());
      if (previous.isPresent()) {
        return replay(previous.get(), key);
      }
    }
    var openCase = repeatCalls.openCaseFor(request);
    if (openCase.isPresent()) {
      return urge(openCase.get(), request, createdBy, key);
    }
    CaseRegistration.Registered registered = register(request, createdBy);
    ServiceCase serviceCase = registered.serviceCase();
    if (key != null) {
      // Flushed now: a concurrent request with the same key fails here, before any process starts.
      idempotency.saveAndFlush(new IdempotencyRecord(key.clientId(), key.key(), key.requestHash(),
          serviceCase.getId(), clock.now()));
    }
    serviceCase.attachProcess(startProcess(serviceCase, registered.routing().processKey()).getId());
    recordOpened(audit, serviceCase, createdBy);
    return new IntakeResult(serviceCase, false, false);
  }

  private IntakeResult urge(ServiceCase openCase, NewCase request, String createdBy, IdempotencyKey key) {
    Urging.Outcome outcome = urging.urge(openCase, new Urging.UrgeRequest(request.channel(), RepeatCalls.noteOf(request),
        CaseUrge.Source.INTAKE, createdBy), key);
    if (key != null && !outcome.replayed()) {
      idempotency.saveAndFlush(new IdempotencyRecord(key.clientId(), key.key(), key.requestHash(),
          openCase.getId(), clock.now()));
    }
    return new IntakeResult(openCase, outcome.replayed(), true);
  }

  /**
   * After a concurrent request with the same key won the race: the answer that request got; empty while it is
   * still in flight (or when the race was about something else).
   */
  @Transactional(readOnly = true)
  public Optional<IntakeResult> previous(IdempotencyKey key) {
    return idempotency.findByClientIdAndKey(key.clientId(), key.key()).map(previous -> replay(previous, key));
  }

  private IntakeResult replay(IdempotencyRecord previous, IdempotencyKey key) {
    if (!previous.getRequestHash().equals(key.requestHash())) {
      throw new IdempotencyConflictException(key.key());
    }
    return new IntakeResult(cases.findById(previous.getCaseId()).orElseThrow(), true, urging.urgedWith(key));
  }

  private CaseRegistration.Registered register(NewCase request, String createdBy) {
    try {
      return registration.register(request, createdBy);
    } catch (UnroutableCaseException e) {
      throw InvalidRequestException.of("serviceArea", e.getMessage());
    }
  }

  private ProcessInstance startProcess(ServiceCase serviceCase, String processKey) {
    return ProcessStarts.own(() -> runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(serviceCase.getCaseNo())
        .setVariables(registration.processVariables(serviceCase))
        .execute());
  }

  /** The audit entry of a new case: its routing facts, none of the customer's data. */
  static void recordOpened(AuditLog audit, ServiceCase serviceCase, String user) {
    audit.record(user, AuditAction.CASE_OPENED, serviceCase.getCaseNo(), "type", serviceCase.getType(),
        "channel", serviceCase.getChannel(), "serviceArea", serviceCase.getServiceArea(),
        "category", serviceCase.getCategory(), "handlingGroup", serviceCase.getHandlingGroup());
  }

  /** @param urged the request was a repeat call, recorded as an urge on the open case {@code serviceCase} */
  public record IntakeResult(ServiceCase serviceCase, boolean replayed, boolean urged) {}
}
