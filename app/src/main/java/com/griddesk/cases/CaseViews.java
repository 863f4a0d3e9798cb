package com.griddesk.cases;

import com.griddesk.consultation.ConsultationAnswerRepository;
import com.griddesk.consultation.ConsultationSuggestionRepository;
import com.griddesk.escalation.EscalationRepository;
import com.griddesk.feedback.CaseMessageRepository;
import com.griddesk.outage.OutageIncident;
import com.griddesk.outage.OutageIncidentRepository;
import com.griddesk.privacy.Masking;
import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.ClockPause;
import com.griddesk.sla.ClockPauseRepository;
import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.survey.SurveyRepository;
import com.griddesk.urging.CaseUrge;
import com.griddesk.urging.CaseUrgeRepository;
import com.griddesk.urging.LikelyDuplicates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the API's view of a case from the case record, the engine's open tasks and the SLA clocks. A report's
 * reporter is left out unless the current user (of the request; none outside one) may know them.
 */
@Component
public class CaseViews {

  private final TaskService taskService;
  private final SlaClockRepository clocks;
  private final SystemAccess systemAccess;
  private final BusinessClock businessClock;
  private final EscalationRepository escalations;
  private final ClockPauseRepository pauses;
  private final ReporterIdentity reporterIdentity;
  private final CaseUrgeRepository urges;
  private final LikelyDuplicates likelyDuplicates;
  private final ConsultationSuggestionRepository suggestions;
  private final ConsultationAnswerRepository answers;
  private final OutageIncidentRepository outages;
  private final SurveyRepository surveys;
  private final CaseMessageRepository messages;

  public CaseViews(TaskService taskService, SlaClockRepository clocks, SystemAccess systemAccess,
      BusinessClock businessClock, EscalationRepository escalations, ClockPauseRepository pauses,
      ReporterIdentity reporterIdentity, CaseUrgeRepository urges, LikelyDuplicates likelyDuplicates,
      ConsultationSuggestionRepository suggestions, ConsultationAnswerRepository answers,
      OutageIncidentRepository outages, SurveyRepository surveys, CaseMessageRepository messages) {
    this.outages = outages;
    this.surveys = surveys;
    this.messages = messages;
    this.reporterIdentity = reporterIdentity;
    this.urges = urges;
    this.likelyDuplicates = likelyDuplicates;
    this.suggestions = suggestions;
    this.answers = answers;
    this.escalations = escalations;
    this.taskService = taskService;
    this.clocks = clocks;
    this.systemAccess = systemAccess;
    this.businessClock = businessClock;
    this.pauses = pauses;
  }

  public CaseView of(ServiceCase c) {
    return new CaseView(c.getCaseNo(), c.getType(), c.getChannel(), c.getStatus(), c.getCategory(),
        c.getServiceArea(), c.getAreaType(), c.getSubject(), c.getDescription(), customer(c),
        c.getHandlingGroup(), c.getPriority(), c.getUrgeCount(), c.getOutageRef(), c.getTransformerId(),
        c.getPraisedStaff(), incidentNo(c), c.getReopenCount(), c.getCloseOutcome(), c.getCallbackOutcome(), survey(c),
        c.getReceivedAt(), c.getCreatedAt(),
        c.getClosedAt(), onTime(c), openTasks(c), slas(c), escalations(c), pauses(c), urges(c),
        likelyDuplicates.of(c), suggestedArticles(c), answeredByArticle(c), messages(c));
  }

  /**
   * A closed case was on time only if every one of its clocks was met (a stage late makes the whole late); not
   * known while a clock still runs, e.g. the callback of a repair that closed when power was restored.
   */
  private Boolean onTime(ServiceCase c) {
    if (c.getStatus() != CaseStatus.CLOSED) {
      return null;
    }
    List<ClockState> states = clocks.findByCaseIdOrderByIdAsc(c.getId()).stream().map(SlaClock::getState).toList();
    if (states.contains(ClockState.BREACHED)) {
      return false;
    }
    return states.stream().allMatch(ClockState.MET::equals) ? true : null;
  }

  private CaseView.SurveyView survey(ServiceCase c) {
    return surveys.findByCaseId(c.getId()).filter(s -> s.getAnsweredAt() != null)
        .map(s -> new CaseView.SurveyView(s.getScore(), s.getComment(), s.getAnsweredAt())).orElse(null);
  }

  private String incidentNo(ServiceCase c) {
    return c.getOutageId() == null ? null
        : outages.findById(c.getOutageId()).map(OutageIncident::getIncidentNo).orElse(null);
  }

  /** Lines of a search result, with each case's SLA outcome; the clocks of all of them in one query. */
  public List<CaseSummary> summariesOf(List<ServiceCase> found) {
    Instant now = businessClock.now();
    Map<Long, List<SlaClock>> clocksByCase = found.isEmpty() ? Map.of()
        : clocks.findByCaseIdInOrderByIdAsc(found.stream().map(ServiceCase::getId).toList()).stream()
            .collect(Collectors.groupingBy(SlaClock::getCaseId));
    return found.stream().map(c -> new CaseSummary(c.getCaseNo(), c.getType(), c.getChannel(), c.getStatus(),
        c.getCategory(), c.getServiceArea(), c.getHandlingGroup(), c.getSubject(), customer(c), c.getReceivedAt(),
        c.getClosedAt(), SlaOutcome.of(c.getStatus(), clocksByCase.getOrDefault(c.getId(), List.of()), now)))
        .toList();
  }

  /** The customer as the current user may see them: masked, or withheld when a reporter they may not know. */
  public CaseView.CustomerView customerOf(ServiceCase c) {
    return customer(c);
  }

  private CaseView.CustomerView customer(ServiceCase c) {
    if (reporterIdentity.withheldFrom(SecurityContextHolder.getContext().getAuthentication(), c)) {
      return new CaseView.CustomerView(null, ReporterIdentity.WITHHELD, null);
    }
    return maskedCustomer(c);
  }

  static CaseView.CustomerView maskedCustomer(ServiceCase c) {
    Customer customer = c.customer();
    return new CaseView.CustomerView(customer.accountNo(), Masking.name(customer.name()),
        Masking.phone(customer.phone()));
  }

  /** The caller was already allowed to read this case, so its tasks are read without engine task permissions. */
  private List<CaseView.TaskView> openTasks(ServiceCase c) {
    if (c.getProcessInstanceId() == null) {
      return List.of();
    }
    // By business key, so that the tasks of processes the case's process called (escalations) are included.
    return systemAccess.call(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(c.getCaseNo()).orderByTaskCreateTime().asc().list()
        .stream().map(this::taskView).toList());
  }

  private CaseView.TaskView taskView(Task task) {
    String group = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    return new CaseView.TaskView(task.getId(), task.getName(), group, task.getAssignee(), instant(task.getDueDate()));
  }

  private List<CaseView.SlaView> slas(ServiceCase c) {
    Instant now = businessClock.now();
    return clocks.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .map(clock -> new CaseView.SlaView(clock.getClock(), clock.getStartedAt(), clock.getWarnAt(),
            clock.getDueAt(), clock.stateAt(now).name(), clock.getBreachedAt(), clock.getStoppedAt(),
            clock.getPausedSeconds()))
        .toList();
  }

  private List<CaseView.EscalationView> escalations(ServiceCase c) {
    return escalations.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .map(e -> new CaseView.EscalationView(e.getClock(), e.getLevel(), e.getUnitName(), e.getGroupId(),
            e.getEscalatedAt(), e.getClosedAt(), e.getClosedBy(), e.getClosingComment()))
        .toList();
  }

  private List<CaseView.PauseView> pauses(ServiceCase c) {
    return pauses.findByCaseIdOrderByIdAsc(c.getId()).stream().map(CaseViews::pauseView).toList();
  }

  private static CaseView.PauseView pauseView(ClockPause p) {
    return new CaseView.PauseView(p.getReason().name(), p.getReason().label(), p.getNote(), p.getPausedAt(),
        p.getPausedBy(), p.getResumedAt(), p.getResumedBy(),
        p.getResumeCause() == null ? null : p.getResumeCause().name(), p.getCreditedSeconds(), p.getRejectComment());
  }

  private List<CaseView.UrgeView> urges(ServiceCase c) {
    return urges.findByCaseIdOrderByUrgeNoAsc(c.getId()).stream().map(CaseViews::urgeView).toList();
  }

  private static CaseView.UrgeView urgeView(CaseUrge u) {
    CaseView.UrgeEscalationView escalation = u.getEscalationGroup() == null ? null
        : new CaseView.UrgeEscalationView(u.getEscalationGroup(), u.getEscalationUnit(), u.getEscalationClosedAt(),
            u.getEscalationClosedBy(), u.getEscalationComment());
    return new CaseView.UrgeView(u.getUrgeNo(), u.getChannel(), u.getSource().name(), u.getNote(), u.getUrgedAt(),
        u.getUrgedBy(), escalation);
  }

  /** Only consultations look the knowledge base up; other cases show an empty list. */
  private List<CaseView.ArticleRef> suggestedArticles(ServiceCase c) {
    if (c.getType() != CaseType.CONSULTATION) {
      return List.of();
    }
    return suggestions.findByCaseIdOrderByPositionAsc(c.getId()).stream()
        .map(s -> new CaseView.ArticleRef(s.getArticleId(), s.getTitle())).toList();
  }

  private CaseView.AnsweredArticle answeredByArticle(ServiceCase c) {
    if (c.getType() != CaseType.CONSULTATION) {
      return null;
    }
    return answers.findById(c.getId())
        .map(a -> new CaseView.AnsweredArticle(a.getArticleId(), a.getTitle(), a.getMarkedBy().name(), a.getMarkedAt()))
        .orElse(null);
  }

  private List<CaseView.MessageView> messages(ServiceCase c) {
    return messages.findByCaseIdOrderByIdAsc(c.getId()).stream()
        .map(m -> new CaseView.MessageView(m.getKind().name(), m.getText(), m.getChannel(), m.getSendStatus(),
            m.getReference(), m.getCreatedAt()))
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
