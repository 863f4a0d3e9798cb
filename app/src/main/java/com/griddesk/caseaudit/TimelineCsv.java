package com.griddesk.caseaudit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import com.griddesk.timeline.CaseTimeline;
import com.griddesk.timeline.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The lines of the timelines export: one per entry of each case's timeline ({@link CaseTimeline}, exactly what GET
 * /api/cases/{caseNo}/timeline shows, in its order), the entry's details as compact JSON. Times are Beijing time.
 */
@Component
class TimelineCsv {

  static final List<String> HEADER = List.of("工单编号", "序号", "时间", "来源", "事件", "操作人", "流程", "流程版本",
      "环节", "环节名称", "详情");

  private final CaseTimeline timeline;
  private final ObjectMapper json;
  private final BusinessClock businessClock;

  TimelineCsv(CaseTimeline timeline, ObjectMapper json, BusinessClock businessClock) {
    this.timeline = timeline;
    this.json = json;
    this.businessClock = businessClock;
  }

  List<List<String>> lines(List<ServiceCase> chunk) {
    List<List<String>> lines = new ArrayList<>();
    for (ServiceCase c : chunk) {
      for (TimelineEntry entry : timeline.of(c).entries()) {
        List<String> line = new ArrayList<>();
        line.add(c.getCaseNo());
        line.add(String.valueOf(entry.sequence()));
        line.add(time(entry.at()));
        line.add(entry.source());
        line.add(entry.kind());
        line.add(entry.actor());
        line.add(entry.process());
        line.add(entry.processVersion() == null ? null : entry.processVersion().toString());
        line.add(entry.activity());
        line.add(entry.name());
        line.add(details(entry.details()));
        lines.add(line);
      }
    }
    return lines;
  }

  private String details(Map<String, Object> details) {
    if (details == null || details.isEmpty()) {
      return null;
    }
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("timeline details are plain values", e);
    }
  }

  private String time(Instant instant) {
    return instant == null ? null : CaseCsv.TIME.format(instant.atZone(businessClock.zone()));
  }
}
