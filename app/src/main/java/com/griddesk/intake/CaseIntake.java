package com.griddesk.intake;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.routing.UnroutableCaseException;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: record, idempotency key and process start in one transaction, so that a case is either fully
 * accepted (and then answered 201) or not stored at all.
 */
@Service
public class CaseIntake {

  private final CaseRegistration registration;
  private final CaseRepository cases;
  private final IdempotencyRepository idempotency;
  private final RuntimeService runtimeService;
  private final BusinessClock clock;

  public CaseIntake(CaseRegistration registration, CaseRepository cases, IdempotencyRepository idempotency,
      RuntimeService runtimeService, BusinessClock clock) {
    this.registration = registration;
    this.cases = cases;
    this.idempotency = idempotency;
    this.runtimeService = runtimeService;
    this.clock = clock;
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
    CaseRegistration.Registered registered = register(request, createdBy);
    ServiceCase serviceCase = registered.serviceCase();
    if (key != null) {
      // Flushed now: a concurrent request with the same key fails here, before any process starts.
      idempotency.saveAndFlush(new IdempotencyRecord(key.clientId(), key.key(), key.requestHash(),
          serviceCase.getId(), clock.now()));
    }
    serviceCase.attachProcess(startProcess(serviceCase, registered.routing().processKey()).getId());
    return new IntakeResult(serviceCase, false);
  }

  /**
   * After a concurrent request with the same key won the race: answer as that request was answered, or, while
   * it is still in flight, tell the client to retry.
   */
  @Transactional(readOnly = true)
  public IntakeResult replay(IdempotencyKey key) {
    return idempotency.findByClientIdAndKey(key.clientId(), key.key())
        .map(previous -> replay(previous, key))
        .orElseThrow(() -> new IdempotentRequestInProgressException(key.key()));
  }

  private IntakeResult replay(IdempotencyRecord previous, IdempotencyKey key) {
    if (!previous.getRequestHash().equals(key.requestHash())) {
      throw new IdempotencyConflictException(key.key());
    }
    return new IntakeResult(cases.findById(previous.getCaseId()).orElseThrow(), true);
  }

  private CaseRegistration.Registered register(NewCase request, String createdBy) {
    try {
      return registration.register(request, createdBy);
    } catch (UnroutableCaseException e) {
      throw InvalidRequestException.of("serviceArea", e.getMessage());
    }
  }

  private ProcessInstance startProcess(ServiceCase serviceCase, String processKey) {
    return runtimeService.createProcessInstanceByKey(processKey)
        .businessKey(serviceCase.getCaseNo())
        .setVariables(registration.processVariables(serviceCase))
        .execute();
  }

  public record IntakeResult(ServiceCase serviceCase, boolean replayed) {}
}
