package com.griddesk.monitoring;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * griddesk_cases_open{type}: cases not CLOSED, per case type (0 for a type with none). One grouped count serves
 * every type and is reused for griddesk.monitoring.cache-for.
 */
@Component
public class OpenCaseGauges {

  static final String OPEN = "griddesk.cases.open";

  private final EntityManager entityManager;
  private final CachedValue<Map<CaseType, Long>> counts;

  public OpenCaseGauges(EntityManager entityManager, MeterRegistry registry,
      @Value("${griddesk.monitoring.cache-for}") Duration cacheFor) {
    this.entityManager = entityManager;
    this.counts = new CachedValue<>(this::count, cacheFor);
    for (CaseType type : CaseType.values()) {
      Gauge.builder(OPEN, () -> counts.get().getOrDefault(type, 0L)).description("Cases not closed, by case type")
          .tag("type", type.name()).register(registry);
    }
  }

  private Map<CaseType, Long> count() {
    Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
    entityManager.createQuery("select c.type, count(c) from ServiceCase c where c.status <> :closed group by c.type",
            Object[].class)
        .setParameter("closed", CaseStatus.CLOSED)
        .getResultList()
        .forEach(row -> byType.put((CaseType) row[0], (Long) row[1]));
    return byType;
  }
}
