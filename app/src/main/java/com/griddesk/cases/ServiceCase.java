package com.griddesk.cases;

import com.griddesk.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's case: the record of what was asked and where it stands. Personal data is encrypted at rest. */
@Entity
@Table(name = "gd_case")
public class ServiceCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_no", unique = true)
  private String caseNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false)
  private CaseType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status = CaseStatus.RECEIVED;

  @Column(name = "account_no", nullable = false)
  private String accountNo;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "customer_name", nullable = false)
  private String customerName;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "customer_phone", nullable = false)
  private String customerPhone;

  @Column(name = "service_area", nullable = false)
  private String serviceArea;

  @Enumerated(EnumType.STRING)
  @Column(name = "area_type", nullable = false)
  private AreaType areaType;

  /** One of the case type's categories ({@link CaseType#categories()}). */
  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String description;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "handling_group")
  private String handlingGroup;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_outcome")
  private CloseOutcome closeOutcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The task priority (0-100) the routing table gave; urging raises it. */
  @Column(nullable = false)
  private int priority = 50;

  @Column(name = "urge_count", nullable = false)
  private int urgeCount;

  /** A repair call's outage reference (e.g. from the outage notice the customer heard), if any. */
  @Column(name = "outage_ref")
  private String outageRef;

  /** A repair call's distribution transformer, if known. */
  @Column(name = "transformer_id")
  private String transformerId;

  /** The member of staff a praise is for. */
  @Column(name = "praised_staff")
  private String praisedStaff;

  /** The outage incident (停电事件) a repair call is linked to; null for every other case. */
  @Column(name = "outage_id")
  private Long outageId;

  /** What the customer said at the callback (回访); null until the callback is done. */
  @Enumerated(EnumType.STRING)
  @Column(name = "callback_outcome")
  private CallbackOutcome callbackOutcome;

  @Version
  private int version;

  protected ServiceCase() {}

  public ServiceCase(CaseType type, Channel channel, Customer customer, String serviceArea, AreaType areaType,
      String category, String subject, String description, Instant receivedAt, Instant now, String createdBy) {
    this.type = type;
    this.channel = channel;
    this.accountNo = customer.accountNo();
    this.customerName = customer.name();
    this.customerPhone = customer.phone();
    this.serviceArea = serviceArea;
    this.areaType = areaType;
    this.category = category;
    this.subject = subject;
    this.description = description;
    this.receivedAt = receivedAt;
    this.createdAt = now;
    this.updatedAt = now;
    this.createdBy = createdBy;
  }

  public void assignCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void routeTo(String handlingGroup, Instant now) {
    this.handlingGroup = handlingGroup;
    this.updatedAt = now;
  }

  /** What the intake request said beyond the common fields; each applies to one case type only. */
  public void describe(String outageRef, String transformerId, String praisedStaff) {
    this.outageRef = outageRef;
    this.transformerId = transformerId;
    this.praisedStaff = praisedStaff;
  }

  public void linkToOutage(long outageId, Instant now) {
    this.outageId = outageId;
    this.updatedAt = now;
  }

  public void recordCallback(CallbackOutcome outcome, Instant now) {
    this.callbackOutcome = outcome;
    this.updatedAt = now;
  }

  public void prioritise(int priority, Instant now) {
    this.priority = priority;
    this.updatedAt = now;
  }

  /** A repeat contact about this open case; returns the new count. */
  public int urge(Instant now) {
    this.urgeCount++;
    this.updatedAt = now;
    return urgeCount;
  }

  public void moveTo(CaseStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  /** Worked again after a dissatisfied callback; a case closed already is open again until it closes anew. */
  public void reopen(Instant now) {
    this.reopenCount++;
    this.closeOutcome = null;
    this.closedAt = null;
    this.updatedAt = now;
  }

  public void close(CloseOutcome outcome, Instant now) {
    this.status = CaseStatus.CLOSED;
    this.closeOutcome = outcome;
    this.closedAt = now;
    this.updatedAt = now;
  }

  public Customer customer() {
    return new Customer(accountNo, customerName, customerPhone);
  }

  public Long getId() { return id; }
  public String getCaseNo() { return caseNo; }
  public CaseType getType() { return type; }
  public Channel getChannel() { return channel; }
  public CaseStatus getStatus() { return status; }
  public String getServiceArea() { return serviceArea; }
  public AreaType getAreaType() { return areaType; }
  public String getCategory() { return category; }
  public String getSubject() { return subject; }
  public String getDescription() { return description; }
  public Instant getReceivedAt() { return receivedAt; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public Instant getUpdatedAt() { return updatedAt; }
  public String getHandlingGroup() { return handlingGroup; }
  public String getProcessInstanceId() { return processInstanceId; }
  public int getReopenCount() { return reopenCount; }
  public CloseOutcome getCloseOutcome() { return closeOutcome; }
  public Instant getClosedAt() { return closedAt; }
  public int getPriority() { return priority; }
  public int getUrgeCount() { return urgeCount; }
  public String getOutageRef() { return outageRef; }
  public String getTransformerId() { return transformerId; }
  public String getPraisedStaff() { return praisedStaff; }
  public Long getOutageId() { return outageId; }
  public CallbackOutcome getCallbackOutcome() { return callbackOutcome; }
}
