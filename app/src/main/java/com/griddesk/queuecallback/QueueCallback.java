package com.griddesk.queuecallback;

import com.griddesk.privacy.EncryptedStringConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer who left a number in the hotline queue instead of waiting (回拨), and what came of calling them back.
 * The phone, account number and notes are personal data: encrypted at rest, never in the engine.
 */
@Entity
@Table(name = "gd_queue_callback")
public class QueueCallback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "callback_no", unique = true)
  private String callbackNo;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "customer_phone", nullable = false)
  private String phone;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "account_no")
  private String accountNo;

  @Column(name = "service_area")
  private String serviceArea;

  @Convert(converter = EncryptedStringConverter.class)
  private String note;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "client_id")
  private String clientId;

  @Column(name = "idem_key")
  private String key;

  @Column(name = "request_hash")
  private String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QueueCallbackStatus status = QueueCallbackStatus.WAITING;

  @Enumerated(EnumType.STRING)
  private QueueCallbackOutcome result;

  /** How many calls were due so far: 1 while the first is due, 2 once the retry is due. */
  @Column(nullable = false)
  private int attempts;

  /** The current attempt's deadline and warning point. */
  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  /** While RETRY_PENDING: when the next attempt is due to start. */
  @Column(name = "retry_at")
  private Instant retryAt;

  /** When an attempt first went past its deadline; null while always on time. */
  @Column(name = "overdue_at")
  private Instant overdueAt;

  /** The case opened from the customer's new matter (or the open case the matter was recorded on as an urge). */
  @Column(name = "case_no")
  private String caseNo;

  @Column(name = "case_urged", nullable = false)
  private boolean caseUrged;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "gd_queue_callback_call", joinColumns = @JoinColumn(name = "callback_id"))
  @OrderBy("attempt")
  private List<CallAttempt> calls = new ArrayList<>();

  @Version
  private int version;

  protected QueueCallback() {}

  QueueCallback(String phone, String accountNo, String serviceArea, String note, Instant requestedAt,
      Instant createdAt, String createdBy) {
    this.phone = phone;
    this.accountNo = accountNo;
    this.serviceArea = serviceArea;
    this.note = note;
    this.requestedAt = requestedAt;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void assignNumber(String callbackNo) {
    this.callbackNo = callbackNo;
  }

  /** The client's Idempotency-Key and the fingerprint of the request it came with. */
  void identifiedBy(String clientId, String key, String requestHash) {
    this.clientId = clientId;
    this.key = key;
    this.requestHash = requestHash;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** An attempt is due: the first one, or the retry after an unanswered call. */
  void attemptDue(int attempt, Instant dueAt, Instant warnAt) {
    this.attempts = attempt;
    this.dueAt = dueAt;
    this.warnAt = warnAt;
    this.retryAt = null;
    this.status = QueueCallbackStatus.WAITING;
  }

  void retryAt(Instant retryAt) {
    this.retryAt = retryAt;
    this.status = QueueCallbackStatus.RETRY_PENDING;
  }

  void overdue(Instant at) {
    if (overdueAt == null) {
      overdueAt = at;
    }
  }

  void called(CallAttempt call) {
    calls.add(call);
  }

  void caseOpened(String caseNo, boolean urged) {
    this.caseNo = caseNo;
    this.caseUrged = urged;
  }

  void close(QueueCallbackOutcome outcome, Instant at) {
    this.result = outcome;
    this.status = QueueCallbackStatus.CLOSED;
    this.retryAt = null;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public String getCallbackNo() { return callbackNo; }
  public String getPhone() { return phone; }
  public String getAccountNo() { return accountNo; }
  public String getServiceArea() { return serviceArea; }
  public String getNote() { return note; }
  public Instant getRequestedAt() { return requestedAt; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public String getRequestHash() { return requestHash; }
  public QueueCallbackStatus getStatus() { return status; }
  public QueueCallbackOutcome getResult() { return result; }
  public int getAttempts() { return attempts; }
  public Instant getDueAt() { return dueAt; }
  public Instant getWarnAt() { return warnAt; }
  public Instant getRetryAt() { return retryAt; }
  public Instant getOverdueAt() { return overdueAt; }
  public String getCaseNo() { return caseNo; }
  public boolean isCaseUrged() { return caseUrged; }
  public Instant getClosedAt() { return closedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<CallAttempt> getCalls() { return List.copyOf(calls); }

  @Override
  public String toString() {
    return "QueueCallback[" + callbackNo + ", phone=***, status=" + status + "]";
  }
}
