package com.griddesk.feedback;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.organisation.UnitNames;
import com.griddesk.sla.BusinessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the feedback report from the pool: loads the period's feedback, groups and counts it in Java. Rates have
 * 4 decimals, average scores 2, both rounded half up.
 */
@Service
public class FeedbackReports {

  /** The customer accounts the report lists, those with the most feedback first. */
  public static final int TOP_CUSTOMERS = 50;

  private final FeedbackFacts facts;
  private final FeedbackEntryRepository entries;
  private final ImprovementActionRepository actions;
  private final OrgUnitRepository units;
  private final HotSpotPolicy policy;
  private final Satisfaction satisfaction;
  private final UnitNames names;
  private final BusinessClock clock;

  public FeedbackReports(FeedbackFacts facts, FeedbackEntryRepository entries, ImprovementActionRepository actions,
      OrgUnitRepository units, HotSpotPolicy policy, Satisfaction satisfaction, UnitNames names, BusinessClock clock) {
    this.facts = facts;
    this.entries = entries;
    this.actions = actions;
    this.units = units;
    this.policy = policy;
    this.satisfaction = satisfaction;
    this.names = names;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public FeedbackReport report(FeedbackReportRequest request) {
    List<FeedbackFacts.Fact> period = facts.between(request.start(), request.end());
    List<FeedbackFacts.Fact> answers = period.stream()
        .filter(f -> f.source() == FeedbackSource.CALLBACK || f.source() == FeedbackSource.SURVEY).toList();
    Map<String, String> unitNames = unitNames(answers);
    List<FeedbackReport.SatisfactionRow> byUnit = grouped(answers, f -> key(f.handlingGroup())).entrySet().stream()
        .map(e -> {
          String unit = e.getKey().isEmpty() ? null : e.getKey();
          return new FeedbackReport.SatisfactionRow(unit, unit == null ? null : unitNames.get(unit), null,
              satisfaction.of(e.getValue()));
        })
        .toList();
    List<FeedbackReport.SatisfactionRow> byCaseType = grouped(answers, FeedbackFacts.Fact::caseType).entrySet()
        .stream()
        .map(e -> new FeedbackReport.SatisfactionRow(null, null, e.getKey(), satisfaction.of(e.getValue())))
        .toList();
    return new FeedbackReport(request.from(), request.to(), request.zone().getId(), byUnit, byCaseType,
        satisfaction.of(answers), reasons(request), pool(period), openActions());
  }

  private List<FeedbackReport.ReasonGroup> reasons(FeedbackReportRequest request) {
    Map<String, List<FeedbackReport.Reason>> byCategory = new TreeMap<>();
    for (FeedbackEntry e : facts.dissatisfied(request.start(), request.end(), policy.lowScore())) {
      byCategory.computeIfAbsent(e.getCategory(), c -> new ArrayList<>())
          .add(new FeedbackReport.Reason(e.getCaseNo(), e.getCaseType(), e.getServiceArea(), e.getHandlingGroup(),
              e.getSource().name(), e.getOutcome(), e.getScore(), e.getWords(), e.getReceivedAt()));
    }
    return byCategory.entrySet().stream()
        .map(e -> new FeedbackReport.ReasonGroup(e.getKey(), FeedbackCategories.label(e.getKey()),
            e.getValue().size(), e.getValue()))
        .sorted(Comparator.comparingLong(FeedbackReport.ReasonGroup::count).reversed()
            .thenComparing(FeedbackReport.ReasonGroup::category))
        .toList();
  }

  private FeedbackReport.Pool pool(List<FeedbackFacts.Fact> period) {
    Map<String, String> areaNames = units.findAllById(
            period.stream().map(FeedbackFacts.Fact::serviceArea).distinct().toList()).stream()
        .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
    Comparator<FeedbackReport.PoolRow> mostFirst = Comparator.comparingLong(FeedbackReport.PoolRow::total).reversed()
        .thenComparing(FeedbackReport.PoolRow::key);
    List<FeedbackReport.PoolRow> byCategory = poolRows(period, FeedbackFacts.Fact::category,
        FeedbackCategories::label).stream().sorted(mostFirst).toList();
    List<FeedbackReport.PoolRow> byArea = poolRows(period, FeedbackFacts.Fact::serviceArea, areaNames::get).stream()
        .sorted(mostFirst).toList();
    // A report's reporter has no account in the pool; such feedback counts everywhere but here.
    List<FeedbackReport.PoolRow> byCustomer = poolRows(
            period.stream().filter(f -> f.accountNo() != null).toList(), FeedbackFacts.Fact::accountNo, account -> null)
        .stream().sorted(mostFirst).limit(TOP_CUSTOMERS).toList();
    List<FeedbackReport.PoolRow> byWeek = poolRows(period, FeedbackFacts.Fact::isoWeek, week -> null);
    return new FeedbackReport.Pool(byCategory, byArea, byCustomer, byWeek);
  }

  private static List<FeedbackReport.PoolRow> poolRows(List<FeedbackFacts.Fact> period,
      Function<FeedbackFacts.Fact, String> key, Function<String, String> label) {
    return grouped(period, key).entrySet().stream().map(e -> {
      Map<FeedbackSource, Long> counts = e.getValue().stream()
          .collect(Collectors.groupingBy(FeedbackFacts.Fact::source, Collectors.counting()));
      long dissatisfied = e.getValue().stream().filter(f -> f.source() == FeedbackSource.CALLBACK
          && CallbackOutcome.DISSATISFIED.name().equals(f.outcome())).count();
      return new FeedbackReport.PoolRow(e.getKey(), label.apply(e.getKey()),
          counts.getOrDefault(FeedbackSource.COMPLAINT, 0L), counts.getOrDefault(FeedbackSource.SUGGESTION, 0L),
          counts.getOrDefault(FeedbackSource.CALLBACK, 0L), dissatisfied,
          counts.getOrDefault(FeedbackSource.SURVEY, 0L), e.getValue().size());
    }).toList();
  }

  /** Open now, whatever the period: what is still to be done. */
  private List<FeedbackReport.OpenAction> openActions() {
    Instant now = clock.now();
    return actions.findByStatusInOrderByDueAtAscIdAsc(
            EnumSet.of(ImprovementStatus.IN_PROGRESS, ImprovementStatus.AWAITING_VERIFICATION)).stream()
        .map(a -> new FeedbackReport.OpenAction(a.getActionNo(), a.getCategory(),
            FeedbackCategories.label(a.getCategory()), a.getServiceArea(), a.getUnitName(), a.getResponsibleGroup(),
            a.getSupervisorGroup(), a.getStatus().name(), a.getOpenedAt(), a.getDueAt(), a.isOverdueAt(now),
            a.getReturnCount(), entries.countByActionId(a.getId())))
        .toList();
  }

  /** Sorted by key; a null key (e.g. a case not routed) is "" and sorts first. */
  private static Map<String, List<FeedbackFacts.Fact>> grouped(List<FeedbackFacts.Fact> facts,
      Function<FeedbackFacts.Fact, String> key) {
    return facts.stream().collect(Collectors.groupingBy(f -> key(key.apply(f)), TreeMap::new, Collectors.toList()));
  }

  private static String key(String value) {
    return value == null ? "" : value;
  }

  /** Units' display names (e.g. 西城供电所) are their engine group names, which report readers may not read. */
  private Map<String, String> unitNames(List<FeedbackFacts.Fact> answers) {
    return names.groupNames(answers.stream().map(FeedbackFacts.Fact::handlingGroup).toList());
  }

}
