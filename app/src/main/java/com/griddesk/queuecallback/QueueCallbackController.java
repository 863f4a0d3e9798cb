package com.griddesk.queuecallback;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.intake.IdempotencyKey;
import com.griddesk.intake.IdempotentRequestInProgressException;
import com.griddesk.intake.RequestFingerprint;
import com.griddesk.web.Causes;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Queue callbacks (回拨): the hotline's queue system or an agent leaves a customer's number (201); the callback as it
 * stands; the number in clear for the agent who calls; the call's result from the agent's softphone.
 */
@RestController
@RequestMapping("/api/queue-callbacks")
public class QueueCallbackController {

  private static final Logger log = LoggerFactory.getLogger(QueueCallbackController.class);

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private final QueueCallbackRequestValidator validator;
  private final RequestFingerprint fingerprint;
  private final QueueCallbacks callbacks;
  private final QueueCallbackRepository repository;
  private final QueueCallbackAccess access;
  private final QueueCallbackResults results;
  private final AuditLog audit;

  public QueueCallbackController(QueueCallbackRequestValidator validator, RequestFingerprint fingerprint,
      QueueCallbacks callbacks, QueueCallbackRepository repository, QueueCallbackAccess access,
      QueueCallbackResults results, AuditLog audit) {
    this.audit = audit;
    this.validator = validator;
    this.fingerprint = fingerprint;
    this.callbacks = callbacks;
    this.repository = repository;
    this.access = access;
    this.results = results;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<QueueCallbackView> leave(@RequestBody QueueCallbackRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, Authentication user) {
    LeftNumber leftNumber = validator.validate(request);
    IdempotencyKey idempotencyKey = key == null ? null : IdempotencyKey.of(user.getName(), key, fingerprint.of(request));
    QueueCallbacks.Left left = leaveOrReplay(leftNumber, user.getName(), idempotencyKey);
    QueueCallbackView view = QueueCallbackView.of(left.callback());
    return ResponseEntity.created(URI.create("/api/queue-callbacks/" + view.callbackNo()))
        .header(REPLAYED, Boolean.toString(left.replayed()))
        .body(view);
  }

  @GetMapping("/{callbackNo}")
  @Transactional(readOnly = true)
  public QueueCallbackView get(@PathVariable String callbackNo, Authentication user) {
    return QueueCallbackView.of(readable(callbackNo, user));
  }

  /**
   * The number in clear, for the agent who calls the customer back. Every read is recorded in the audit log under
   * the callback's number, never the phone.
   */
  @GetMapping("/{callbackNo}/contact")
  @Transactional
  public Map<String, Object> contact(@PathVariable String callbackNo, Authentication user) {
    QueueCallback callback = readable(callbackNo, user);
    if (!access.calls(user)) {
      throw new AccessDeniedException("no contact access to " + callbackNo);
    }
    audit.record(user.getName(), AuditAction.CONTACT_READ, callbackNo);
    log.info("queue callback contact of {} read by {}", callbackNo, user.getName());
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("callbackNo", callback.getCallbackNo());
    contact.put("phone", callback.getPhone());
    contact.put("accountNo", callback.getAccountNo());
    return contact;
  }

  @PostMapping(path = "/{callbackNo}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
  public QueueCallbackView result(@PathVariable String callbackNo, @RequestBody CallResultRequest request,
      Authentication user) {
    try {
      return QueueCallbackView.of(results.record(callbackNo, request, user));
    } catch (RuntimeException e) {
      // The intake refused the new matter only once the case was being opened (no unit works the service area).
      var refused = Causes.find(e, NewMatterRefusedException.class);
      if (refused.isPresent()) {
        throw new InvalidRequestException(refused.get().problems().stream()
            .map(p -> new FieldProblem("newCase." + p.field(), p.message())).toList());
      }
      throw e;
    }
  }

  private QueueCallback readable(String callbackNo, Authentication user) {
    return repository.findByCallbackNo(callbackNo).filter(found -> access.canRead(user))
        .orElseThrow(() -> new QueueCallbackNotFoundException(callbackNo));
  }

  /**
   * The unique Idempotency-Key refused this request (a concurrent one with the same key committed first): answer
   * as that one was answered, or, while it is still in flight, tell the client to retry.
   */
  private QueueCallbacks.Left leaveOrReplay(LeftNumber leftNumber, String user, IdempotencyKey key) {
    try {
      return callbacks.leave(leftNumber, user, key);
    } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRequest) {
      if (key == null) {
        throw concurrentRequest;
      }
      return callbacks.previous(key).orElseThrow(() -> new IdempotentRequestInProgressException(key.key()));
    }
  }
}
