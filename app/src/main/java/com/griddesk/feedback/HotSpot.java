package com.griddesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A category in a service area that has had complaints or dissatisfied callbacks. Its row lock serialises the
 * hot-spot check of concurrent feedback; {@code openActionId} is the improvement action at work on it, if any.
 */
@Entity
@Table(name = "gd_feedback_hot_spot")
public class HotSpot implements Persistable<String> {

  @Id
  @Column(name = "spot_key")
  private String spotKey;

  @Column(nullable = false)
  private String category;

  @Column(name = "service_area", nullable = false)
  private String serviceArea;

  @Column(name = "open_action_id")
  private Long openActionId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * A hot spot made here is always inserted, never merged into a row of the same key: when concurrent feedback
   * makes the first one twice, the second insert must fail (and be retried), not overwrite the first one's action.
   */
  @Transient
  private boolean isNew;

  protected HotSpot() {}

  HotSpot(String category, String serviceArea, Instant now) {
    this.isNew = true;
    this.spotKey = key(category, serviceArea);
    this.category = category;
    this.serviceArea = serviceArea;
    this.createdAt = now;
  }

  static String key(String category, String serviceArea) {
    return category + "|" + serviceArea;
  }

  void open(long actionId) {
    this.openActionId = actionId;
  }

  void actionClosed() {
    this.openActionId = null;
  }

  public String getSpotKey() { return spotKey; }
  public String getCategory() { return category; }
  public String getServiceArea() { return serviceArea; }
  public Long getOpenActionId() { return openActionId; }
  public Instant getCreatedAt() { return createdAt; }

  @Override
  public String getId() {
    return spotKey;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }
}
