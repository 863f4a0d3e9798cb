package com.griddesk.reports;

import com.griddesk.organisation.UnitNames;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the compliance report: loads the period's clocks, groups them and applies the arithmetic. */
@Service
public class SlaReports {

  private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

  private final ClockRecords clockRecords;
  private final UnitNames names;

  public SlaReports(ClockRecords clockRecords, UnitNames unitNames) {
    this.clockRecords = clockRecords;
    this.names = unitNames;
  }

  @Transactional(readOnly = true)
  public SlaReport report(SlaReportRequest request) {
    List<ClockRecord> clocks = clockRecords.of(request);
    Map<String, String> unitNames = unitNames(clocks);
    List<ReportRow> rows = group(clocks, c -> List.of(key(c.unit()), c.caseType(), c.clock())).entrySet().stream()
        .map(e -> row(e.getKey().get(0), unitNames, e.getKey().get(1), e.getKey().get(2), e.getValue()))
        .toList();
    List<ReportRow> units = group(clocks, c -> List.of(key(c.unit()))).entrySet().stream()
        .map(e -> row(e.getKey().get(0), unitNames, null, null, e.getValue()))
        .toList();
    ReportRow total = new ReportRow(null, null, null, null, ComplianceArithmetic.of(clocks));
    return new SlaReport(request.from(), request.to(), request.zone().getId(),
        request.caseType() == null ? null : request.caseType().name(), request.clock(), request.unit(),
        rows, units, total);
  }

  // A case not (yet) routed has no unit; "" keeps it a group of its own and sorts it first.
  private static String key(String unit) {
    return unit == null ? "" : unit;
  }

  private static ReportRow row(String unitKey, Map<String, String> unitNames, String caseType, String clock,
      Collection<ClockRecord> clocks) {
    String unit = unitKey.isEmpty() ? null : unitKey;
    return new ReportRow(unit, unit == null ? null : unitNames.get(unit), caseType, clock,
        ComplianceArithmetic.of(clocks));
  }

  private static Map<List<String>, List<ClockRecord>> group(List<ClockRecord> clocks,
      Function<ClockRecord, List<String>> key) {
    Comparator<List<String>> order = (a, b) -> {
      for (int i = 0; i < a.size(); i++) {
        int compared = NULLS_LAST.compare(a.get(i), b.get(i));
        if (compared != 0) {
          return compared;
        }
      }
      return 0;
    };
    return clocks.stream().collect(Collectors.groupingBy(key, () -> new TreeMap<>(order), Collectors.toList()));
  }

  /** Units' display names (e.g. 西城供电所) are their engine group names, which report readers may not read. */
  private Map<String, String> unitNames(List<ClockRecord> clocks) {
    return names.groupNames(clocks.stream().map(ClockRecord::unit).toList());
  }
}
