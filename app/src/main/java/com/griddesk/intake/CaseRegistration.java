package com.griddesk.intake;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.feedback.FeedbackPool;
import com.griddesk.monitoring.CaseMeters;
import com.griddesk.outage.OutageLinking;
import com.griddesk.routing.CaseRouting;
import com.griddesk.sla.BusinessClock;
import com.griddesk.survey.SurveyTokens;
import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Creates the case record, routes it, and makes the process variables that refer to it. The variables carry
 * routing facts only (type, channel, area, category, group, priority, times), never the customer's personal data.
 */
@Component
public class CaseRegistration {

  private final CaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseRouting routing;
  private final BusinessClock clock;
  private final OutageLinking outageLinking;
  private final SurveyTokens surveyTokens;
  private final FeedbackPool feedbackPool;
  private final CaseMeters meters;

  public CaseRegistration(CaseRepository cases, CaseNumbers numbers, CaseRouting routing, BusinessClock clock,
      OutageLinking outageLinking, SurveyTokens surveyTokens, FeedbackPool feedbackPool, CaseMeters meters) {
    this.meters = meters;
    this.surveyTokens = surveyTokens;
    this.feedbackPool = feedbackPool;
    this.cases = cases;
    this.numbers = numbers;
    this.routing = routing;
    this.clock = clock;
    this.outageLinking = outageLinking;
  }

  /**
   * Stores and routes the case, links a repair call to its outage incident, issues the case's one-time survey
   * token and puts a complaint or suggestion into the feedback pool; the routing table's answer says which
   * process to start. Both ways in (API and Tasklist's start form) come here, urges and replays do not: the
   * received-cases counter counts here.
   */
  public Registered register(NewCase request, String createdBy) {
    ServiceCase serviceCase = cases.saveAndFlush(new ServiceCase(request.type(), request.channel(),
        request.customer(), request.serviceArea(), request.areaType(), request.category(), request.subject(),
        request.description(), request.receivedAt(), clock.now(), createdBy));
    serviceCase.assignCaseNo(numbers.numberFor(serviceCase));
    serviceCase.describe(request.outageRef(), request.transformerId(), request.praisedStaff());
    CaseRouting.RoutingDecision decision = routing.route(serviceCase);
    outageLinking.link(serviceCase);
    surveyTokens.issue(serviceCase);
    feedbackPool.caseReceived(serviceCase);
    meters.caseReceived(serviceCase.getType(), serviceCase.getChannel());
    return new Registered(serviceCase, decision);
  }

  public VariableMap processVariables(ServiceCase serviceCase) {
    VariableMap variables = commonVariables(serviceCase);
    if (serviceCase.getType() == CaseType.REPAIR) {
      variables.putValue(ProcessVariables.JOINED_OUTAGE, outageLinking.joinedOther(serviceCase));
      outageLinking.incidentNoOf(serviceCase).ifPresent(no -> variables.putValue(ProcessVariables.INCIDENT_NO, no));
    }
    return variables;
  }

  private VariableMap commonVariables(ServiceCase serviceCase) {
    return Variables.createVariables()
        .putValue(ProcessVariables.CASE_NO, serviceCase.getCaseNo())
        .putValue(ProcessVariables.CASE_TYPE, serviceCase.getType().name())
        .putValue(ProcessVariables.CHANNEL, serviceCase.getChannel().name())
        .putValue(ProcessVariables.CATEGORY, serviceCase.getCategory())
        .putValue(ProcessVariables.SERVICE_AREA, serviceCase.getServiceArea())
        .putValue(ProcessVariables.AREA_TYPE, serviceCase.getAreaType().name())
        .putValue(ProcessVariables.RECEIVED_AT, Date.from(serviceCase.getReceivedAt()))
        .putValue(ProcessVariables.HANDLING_GROUP, serviceCase.getHandlingGroup())
        .putValue(ProcessVariables.PRIORITY, serviceCase.getPriority())
        .putValue(ProcessVariables.REOPEN_COUNT, 0);
  }

  public record Registered(ServiceCase serviceCase, CaseRouting.RoutingDecision routing) {}
}
