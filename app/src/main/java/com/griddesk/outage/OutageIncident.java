package com.griddesk.outage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An outage incident (停电事件): every repair call about one outage, so that one crew is dispatched, by the first
 * call (the lead case), and every caller is closed and called back when power is restored.
 */
@Entity
@Table(name = "gd_outage")
public class OutageIncident {

  public enum Status { OPEN, RESTORED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_no", nullable = false, unique = true)
  private String incidentNo;

  @Column(name = "service_area", nullable = false)
  private String serviceArea;

  @Column(name = "outage_ref")
  private String outageRef;

  @Column(name = "transformer_id")
  private String transformerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "lead_case_id", nullable = false)
  private Long leadCaseId;

  @Column(name = "case_count", nullable = false)
  private int caseCount = 1;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "restored_at")
  private Instant restoredAt;

  @Column(name = "restored_by")
  private String restoredBy;

  protected OutageIncident() {}

  OutageIncident(String incidentNo, String serviceArea, String outageRef, String transformerId, Long leadCaseId,
      Instant openedAt) {
    this.incidentNo = incidentNo;
    this.serviceArea = serviceArea;
    this.outageRef = outageRef;
    this.transformerId = transformerId;
    this.leadCaseId = leadCaseId;
    this.openedAt = openedAt;
  }

  void addCall() {
    caseCount++;
  }

  void restore(Instant now, String by) {
    status = Status.RESTORED;
    restoredAt = now;
    restoredBy = by;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Long getId() { return id; }
  public String getIncidentNo() { return incidentNo; }
  public String getServiceArea() { return serviceArea; }
  public String getOutageRef() { return outageRef; }
  public String getTransformerId() { return transformerId; }
  public Status getStatus() { return status; }
  public Long getLeadCaseId() { return leadCaseId; }
  public int getCaseCount() { return caseCount; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getRestoredAt() { return restoredAt; }
  public String getRestoredBy() { return restoredBy; }
}
