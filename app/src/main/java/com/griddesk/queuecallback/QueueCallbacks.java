package com.griddesk.queuecallback;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.intake.IdempotencyConflictException;
import com.griddesk.intake.IdempotencyKey;
import com.griddesk.security.ProcessStarts;
import com.griddesk.sla.BusinessClock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a number left in the hotline queue: record, Idempotency-Key and the start of the 回拨 process in one
 * transaction. The process is started as the caller (the hotline and the channel systems are granted it) and gets
 * the callback's number and time only.
 */
@Service
public class QueueCallbacks {

  static final String PROCESS_KEY = "queue-callback";
  private static final String NUMBER_PREFIX = "HB";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final QueueCallbackRepository callbacks;
  private final RuntimeService runtimeService;
  private final BusinessClock clock;
  private final AuditLog audit;

  public QueueCallbacks(QueueCallbackRepository callbacks, RuntimeService runtimeService, BusinessClock clock, AuditLog audit) {
    this.audit = audit;
    this.callbacks = callbacks;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** @param key the client's Idempotency-Key, or null when it sent none */
  @Transactional
  public Left leave(LeftNumber request, String createdBy, IdempotencyKey key) {
    if (key != null) {
      var previous = callbacks.findByClientIdAndKey(key.clientId(), key.key());
      if (previous.isPresent()) {
        return replay(previous.get(), key);
      }
    }
    QueueCallback callback = new QueueCallback(request.phone(), request.accountNo(), request.serviceArea(),
        request.note(), request.requestedAt(), clock.now(), createdBy);
    if (key != null) {
      callback.identifiedBy(key.clientId(), key.key(), key.requestHash());
    }
    // Flushed now: a concurrent request with the same key fails here, before the process starts.
    callbacks.saveAndFlush(callback);
    callback.assignNumber(NUMBER_PREFIX + callback.getCreatedAt().atZone(clock.zone()).toLocalDate().format(DAY)
        + String.format("%06d", callback.getId()));
    callback.attachProcess(ProcessStarts.own(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(callback.getCallbackNo())
        .setVariables(Variables.createVariables()
            .putValue(QueueCallbackVariables.CALLBACK_NO, callback.getCallbackNo())
            .putValue(QueueCallbackVariables.REQUESTED_AT, Date.from(callback.getRequestedAt())))
        .execute()).getId());
    audit.record(createdBy, AuditAction.QUEUE_CALLBACK_LEFT, callback.getCallbackNo(),
        "serviceArea", callback.getServiceArea());
    return new Left(callback, false);
  }

  /**
   * After a concurrent request with the same key won the race: the answer that request got; empty while it is
   * still in flight.
   */
  @Transactional(readOnly = true)
  public Optional<Left> previous(IdempotencyKey key) {
    return callbacks.findByClientIdAndKey(key.clientId(), key.key()).map(previous -> replay(previous, key));
  }

  private static Left replay(QueueCallback previous, IdempotencyKey key) {
    if (!previous.getRequestHash().equals(key.requestHash())) {
      throw new IdempotencyConflictException(key.key());
    }
    return new Left(previous, true);
  }

  /** @param replayed the request's Idempotency-Key had been used with the same request: nothing was stored */
  public record Left(QueueCallback callback, boolean replayed) {}
}
