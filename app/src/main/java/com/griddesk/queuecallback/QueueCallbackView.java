package com.griddesk.queuecallback;

import com.griddesk.privacy.Masking;
import java.time.Instant;
import java.util.List;

/**
 * A queue callback as the API shows it: the phone masked (the clear number only from /contact). {@code dueAt} is
 * the current attempt's deadline; {@code result} is set once the callback is CLOSED.
 */
public record QueueCallbackView(
    String callbackNo,
    String phone,
    String accountNo,
    String serviceArea,
    String note,
    QueueCallbackStatus status,
    QueueCallbackOutcome result,
    Instant requestedAt,
    int attempts,
    Instant dueAt,
    Instant retryAt,
    boolean overdue,
    Instant overdueAt,
    String caseNo,
    boolean caseUrged,
    List<Call> calls,
    Instant createdAt,
    String createdBy,
    Instant closedAt) {

  public record Call(int attempt, CallResult result, String note, String calledBy, Instant calledAt) {}

  public static QueueCallbackView of(QueueCallback callback) {
    return new QueueCallbackView(callback.getCallbackNo(), Masking.phone(callback.getPhone()),
        callback.getAccountNo(), callback.getServiceArea(), callback.getNote(), callback.getStatus(),
        callback.getResult(), callback.getRequestedAt(), callback.getAttempts(), callback.getDueAt(),
        callback.getRetryAt(), callback.getOverdueAt() != null, callback.getOverdueAt(), callback.getCaseNo(),
        callback.isCaseUrged(),
        callback.getCalls().stream().map(call -> new Call(call.getAttempt(), call.getResult(), call.getNote(),
            call.getCalledBy(), call.getCalledAt())).toList(),
        callback.getCreatedAt(), callback.getCreatedBy(), callback.getClosedAt());
  }
}
