package com.griddesk.monitoring;

import com.griddesk.cases.CaseType;
import com.griddesk.cases.OpenCaseCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
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

  private final CachedValue<Map<CaseType, Long>> counts;

  public OpenCaseGauges(OpenCaseCounts openCases, MeterRegistry registry,
      @Value("${griddesk.monitoring.cache-for}") Duration cacheFor) {
    this.counts = new CachedValue<>(openCases::byType, cacheFor);
    for (CaseType type : CaseType.values()) {
      Gauge.builder(OPEN, () -> counts.get().getOrDefault(type, 0L)).description("Cases not closed, by case type")
          .tag("type", type.name()).register(registry);
    }
  }
}
