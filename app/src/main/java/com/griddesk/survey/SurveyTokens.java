package com.griddesk.survey;

import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues the one-time survey token of a new case (256 random bits, URL-safe), which the intake answer hands to
 * the channel that will send the customer their survey link.
 */
@Component
public class SurveyTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SurveyRepository surveys;
  private final BusinessClock clock;

  public SurveyTokens(SurveyRepository surveys, BusinessClock clock) {
    this.surveys = surveys;
    this.clock = clock;
  }

  public void issue(ServiceCase serviceCase) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    surveys.save(new Survey(serviceCase.getId(), token, clock.now()));
  }

  /** The token of the case, for the intake's answer (also when a retried request is answered again). */
  public Optional<String> tokenOf(ServiceCase serviceCase) {
    return surveys.findByCaseId(serviceCase.getId()).map(Survey::getToken);
  }
}
