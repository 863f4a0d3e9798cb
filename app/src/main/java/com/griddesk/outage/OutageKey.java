package com.griddesk.outage;

import com.griddesk.cases.ServiceCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Persistable;

/**
 * What identifies an open outage: its service area and outage reference (e.g. the dispatch system's fault
 * number), or its transformer. Unique, so that only one open incident holds a key.
 */
@Entity
@Table(name = "gd_outage_key")
public class OutageKey implements Persistable<String> {

  @Id
  @Column(name = "key_value")
  private String keyValue;

  @Column(name = "outage_id", nullable = false)
  private Long outageId;

  /**
   * A key made here is always inserted, never merged into a row of the same value: a concurrent first call's key
   * must make this insert fail, not be overwritten by it.
   */
  @Transient
  private boolean isNew;

  protected OutageKey() {}

  OutageKey(String keyValue, Long outageId) {
    this.keyValue = keyValue;
    this.outageId = outageId;
    this.isNew = true;
  }

  @Override
  public String getId() {
    return keyValue;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  public Long getOutageId() {
    return outageId;
  }

  /** The keys of a repair call, outage reference first; none when the caller gave neither. */
  static List<String> of(ServiceCase repair) {
    List<String> keys = new ArrayList<>(2);
    if (repair.getOutageRef() != null) {
      keys.add("REF|" + repair.getServiceArea() + "|" + repair.getOutageRef());
    }
    if (repair.getTransformerId() != null) {
      keys.add("TRANSFORMER|" + repair.getTransformerId());
    }
    return keys;
  }
}
