package com.griddesk.supervision;

import com.griddesk.cases.CaseLabels;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.OpenCaseCounts;
import com.griddesk.feedback.Satisfaction;
import com.griddesk.monitoring.CachedValue;
import com.griddesk.organisation.UnitNames;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.ClockAlerts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the supervision dashboard together from the features that own each figure: open cases ({@link
 * OpenCaseCounts}, also behind the open-case gauges), clocks in alert ({@link ClockAlerts}), the work groups'
 * queues ({@link GroupQueues}), arrivals ({@link ArrivalCounts}) and satisfaction ({@link Satisfaction}, also
 * behind the feedback report). Every figure is counted by the database; one read-only transaction. The result is
 * the same for every reader and is served to all of them for griddesk.supervision.cache-for, so that many open
 * dashboards refreshing every 30 s query the database once per period.
 */
@Service
public class SupervisionDashboard {

  private final OpenCaseCounts openCases;
  private final ClockAlerts clockAlerts;
  private final GroupQueues queues;
  private final ArrivalCounts arrivals;
  private final Satisfaction satisfaction;
  private final UnitNames unitNames;
  private final BusinessClock clock;
  private final SupervisionSettings settings;
  private final TransactionTemplate readOnly;
  private final CachedValue<Dashboard> cached;

  SupervisionDashboard(OpenCaseCounts openCases, ClockAlerts clockAlerts, GroupQueues queues, ArrivalCounts arrivals,
      Satisfaction satisfaction, UnitNames unitNames, BusinessClock clock, SupervisionSettings settings,
      PlatformTransactionManager transactions) {
    this.openCases = openCases;
    this.clockAlerts = clockAlerts;
    this.queues = queues;
    this.arrivals = arrivals;
    this.satisfaction = satisfaction;
    this.unitNames = unitNames;
    this.clock = clock;
    this.settings = settings;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.cached = new CachedValue<>(() -> readOnly.execute(tx -> build()), settings.cacheFor());
  }

  public Dashboard now() {
    return cached.get();
  }

  private Dashboard build() {
    Instant now = clock.now();
    List<OpenCaseCounts.Count> open = openCases.now();
    List<ClockAlerts.Alert> urgent = clockAlerts.mostUrgentAt(now, settings.urgentClocks());
    List<GroupQueues.Counted> counted = queues.at(now);
    Set<String> groups = new HashSet<>();
    open.forEach(count -> groups.add(count.handlingGroup()));
    urgent.forEach(alert -> groups.add(alert.handlingGroup()));
    counted.forEach(queue -> groups.add(queue.group()));
    Map<String, String> names = unitNames.of(groups);
    return new Dashboard(now, clock.zone().getId(), openCases(open, names), clocks(now, urgent, names),
        counted.stream().map(queue -> new Dashboard.Queue(queue.group(), names.get(queue.group()), queue.openTasks(),
            queue.unassignedTasks(), queue.oldestTask())).toList(),
        arrivals(now), satisfaction(now));
  }

  private static Dashboard.OpenCases openCases(List<OpenCaseCounts.Count> open, Map<String, String> names) {
    Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
    Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
    Map<String, Long> byUnit = new HashMap<>();
    long total = 0;
    for (OpenCaseCounts.Count count : open) {
      byType.merge(count.type(), count.count(), Long::sum);
      byStatus.merge(count.status(), count.count(), Long::sum);
      byUnit.merge(count.handlingGroup() == null ? "" : count.handlingGroup(), count.count(), Long::sum);
      total += count.count();
    }
    List<Dashboard.TypeCount> types = new ArrayList<>();
    for (CaseType type : CaseType.values()) {
      types.add(new Dashboard.TypeCount(type.name(), CaseLabels.type(type), byType.getOrDefault(type, 0L)));
    }
    List<Dashboard.StatusCount> statuses = byStatus.entrySet().stream()
        .map(e -> new Dashboard.StatusCount(e.getKey().name(), CaseLabels.status(e.getKey()), e.getValue())).toList();
    List<Dashboard.UnitCount> units = byUnit.entrySet().stream()
        .map(e -> {
          String unit = e.getKey().isEmpty() ? null : e.getKey();
          return new Dashboard.UnitCount(unit, unit == null ? null : names.get(unit), e.getValue());
        })
        .sorted(Comparator.comparingLong(Dashboard.UnitCount::count).reversed()
            .thenComparing(Dashboard.UnitCount::unit, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    return new Dashboard.OpenCases(total, types, statuses, units);
  }

  private Dashboard.Clocks clocks(Instant now, List<ClockAlerts.Alert> urgent, Map<String, String> names) {
    List<Dashboard.ClockCount> byClock = clockAlerts.countsAt(now).stream()
        .map(count -> new Dashboard.ClockCount(count.clock(), CaseLabels.clock(count.clock()), count.type().name(),
            CaseLabels.type(count.type()), count.atRisk(), count.breached()))
        .sorted(Comparator.comparingLong((Dashboard.ClockCount count) -> count.breached() + count.atRisk()).reversed()
            .thenComparing(Dashboard.ClockCount::clock).thenComparing(Dashboard.ClockCount::caseType))
        .toList();
    List<Dashboard.UrgentClock> mostUrgent = urgent.stream()
        .map(alert -> new Dashboard.UrgentClock(alert.caseNo(), alert.type().name(), CaseLabels.type(alert.type()),
            alert.clock(), CaseLabels.clock(alert.clock()), alert.state().name(), alert.warnAt(), alert.dueAt(),
            Duration.between(now, alert.dueAt()).getSeconds(), alert.handlingGroup(),
            names.get(alert.handlingGroup())))
        .toList();
    return new Dashboard.Clocks(byClock.stream().mapToLong(Dashboard.ClockCount::atRisk).sum(),
        byClock.stream().mapToLong(Dashboard.ClockCount::breached).sum(), byClock, mostUrgent);
  }

  private Dashboard.Arrivals arrivals(Instant now) {
    Instant from = now.minus(Duration.ofDays(7L * settings.arrivalWeeks()));
    ArrivalCounts.Counts counts = arrivals.between(from, now, clock.zone());
    return new Dashboard.Arrivals(settings.arrivalWeeks(), from, now, counts.total(), counts.hours(),
        counts.weekdays(), counts.matrix());
  }

  private Dashboard.CustomerSatisfaction satisfaction(Instant now) {
    Instant from = now.minus(Duration.ofDays(settings.satisfactionDays()));
    // Up to and including now, as the arrivals (times are whole seconds; the pool's period excludes its end).
    Satisfaction.Period period = satisfaction.between(from, now.plusSeconds(1));
    return new Dashboard.CustomerSatisfaction(settings.satisfactionDays(), from, now, period.figures(),
        period.surveyScores());
  }
}
