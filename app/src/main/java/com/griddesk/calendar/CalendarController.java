package com.griddesk.calendar;

import com.griddesk.web.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for administrators (access in SecurityConfig): which years are loaded, and loading
 * a year when the State Council publishes its holiday notice, as JSON or as CSV like db/data/cn-workdays.csv.
 */
@RestController
@RequestMapping("/api/calendar/years")
public class CalendarController {

  static final String TEXT_CSV = "text/csv";

  private final CalendarAdministration administration;

  public CalendarController(CalendarAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  public List<CalendarYearSummary> years() {
    return administration.years();
  }

  @GetMapping("/{year}")
  public CalendarYearView year(@PathVariable String year) {
    return administration.year(CalendarYearValidator.year(year));
  }

  @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CalendarYearView> putJson(@PathVariable String year, @RequestBody CalendarYearRequest body,
      Authentication user) {
    List<SubmittedDay> days = body.days() == null ? null : IntStream.range(0, body.days().size())
        .mapToObj(i -> {
          CalendarYearRequest.Day day = body.days().get(i);
          return day == null ? SubmittedDay.ofJson(i, null, null, null)
              : SubmittedDay.ofJson(i, day.date(), day.kind(), day.name());
        })
        .toList();
    return replace(CalendarYearValidator.validate(year, body.source(), days, "days", new ArrayList<>()), user);
  }

  @PutMapping(path = "/{year}", consumes = TEXT_CSV)
  public ResponseEntity<CalendarYearView> putCsv(@PathVariable String year,
      @RequestParam(required = false) String source, @RequestBody(required = false) byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, Authentication user) {
    List<FieldProblem> problems = new ArrayList<>();
    List<SubmittedDay> days = CalendarCsv.read(body, contentType.getCharset(), problems);
    return replace(CalendarYearValidator.validate(year, source, days, "body", problems), user);
  }

  private ResponseEntity<CalendarYearView> replace(CalendarYearValidator.ValidYear year, Authentication user) {
    boolean created = administration.replace(year, user.getName());
    CalendarYearView view = administration.year(year.year());
    return created
        ? ResponseEntity.created(URI.create("/api/calendar/years/" + year.year())).body(view)
        : ResponseEntity.ok(view);
  }
}
