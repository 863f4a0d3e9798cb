package com.griddesk.intake;

import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.survey.SurveyTokens;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/cases: a channel or an agent opens a case (201), or, for a repeat call about an open case of the same
 * type, urges that case (200, {@code Case-Urged: true}).
 */
@RestController
public class IntakeController {

  private static final Logger log = LoggerFactory.getLogger(IntakeController.class);

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  /** The new case's one-time survey token, for the customer's survey link (POST /api/cases/{caseNo}/survey). */
  static final String SURVEY_TOKEN = "Survey-Token";
  /** true when the request was a repeat call about an open case and was recorded as an urge on it. */
  static final String URGED = "Case-Urged";
  /** RFC 7240: {@code Prefer: return=minimal} answers without the case view (Preference-Applied says so). */
  static final String PREFER = "Prefer";
  static final String PREFERENCE_APPLIED = "Preference-Applied";
  static final String RETURN_MINIMAL = "return=minimal";

  private final CaseRequestValidator validator;
  private final RequestFingerprint fingerprint;
  private final CaseIntake intake;
  private final CaseViews views;
  private final SurveyTokens surveyTokens;

  public IntakeController(CaseRequestValidator validator, RequestFingerprint fingerprint, CaseIntake intake,
      CaseViews views, SurveyTokens surveyTokens) {
    this.surveyTokens = surveyTokens;
    this.validator = validator;
    this.fingerprint = fingerprint;
    this.intake = intake;
    this.views = views;
  }

  /** How often an intake that lost a race on a unique key or a lock is tried again before giving up. */
  static final int MAX_ATTEMPTS = 8;

  @PostMapping(path = "/api/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CaseView> open(@RequestBody CaseRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @RequestHeader(name = PREFER, required = false) String prefer, Authentication user) {
    NewCase newCase = validator.validate(request);
    IdempotencyKey idempotencyKey = key == null ? null : IdempotencyKey.of(user.getName(), key, fingerprint.of(request));
    CaseIntake.IntakeResult result = openOrReplay(newCase, user.getName(), idempotencyKey);
    URI location = URI.create("/api/cases/" + result.serviceCase().getCaseNo());
    ResponseEntity.BodyBuilder answer;
    if (result.urged()) {
      // No case was created: 200 with the open case the request was recorded on.
      answer = ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).header(URGED, "true");
    } else {
      answer = ResponseEntity.created(location)
          .header(SURVEY_TOKEN, surveyTokens.tokenOf(result.serviceCase()).orElseThrow())
          .header(URGED, "false");
    }
    answer.header(REPLAYED, Boolean.toString(result.replayed()));
    if (prefersMinimal(prefer)) {
      // A channel system needs only the number (in Location) and the survey token: building the whole view
      // (tasks, clocks, duplicates, ...) is a third of the CPU of an intake (docs/benchmarks.md).
      return answer.header(PREFERENCE_APPLIED, RETURN_MINIMAL).build();
    }
    return answer.body(views.of(result.serviceCase()));
  }

  /** Whether the Prefer header (RFC 7240) asks for return=minimal; other preferences are ignored. */
  static boolean prefersMinimal(String prefer) {
    if (prefer == null) {
      return false;
    }
    for (String preference : prefer.split(",")) {
      String token = preference.split(";", 2)[0].replace(" ", "").replace("\t", "");
      if (token.equalsIgnoreCase(RETURN_MINIMAL) || token.equalsIgnoreCase("return=\"minimal\"")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A unique key or a lock refused the intake's transaction (nothing of it was stored): either a concurrent
   * request with the same Idempotency-Key (answer as that one was answered), a concurrent first call of the same
   * outage (try again: this time the call joins that outage's incident), or a concurrent complaint of the same
   * category and area in the feedback pool (try again: this time it is counted after the other one).
   */
  private CaseIntake.IntakeResult openOrReplay(NewCase newCase, String user, IdempotencyKey key) {
    for (int attempt = 1; ; attempt++) {
      try {
        return intake.open(newCase, user, key);
      } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRequest) {
        if (key != null) {
          var previous = intake.previous(key);
          if (previous.isPresent()) {
            return previous.get();
          }
          if (concurrentRequest instanceof PessimisticLockingFailureException) {
            // Most likely the wait for the other request's uncommitted key timed out: it is still in flight.
            throw new IdempotentRequestInProgressException(key.key());
          }
        }
        log.info("intake attempt {} lost a race with a concurrent request ({}); trying again", attempt,
            concurrentRequest.getClass().getSimpleName());
        if (attempt == MAX_ATTEMPTS) {
          if (key != null) {
            // The other request with this key is still in flight.
            throw new IdempotentRequestInProgressException(key.key());
          }
          throw concurrentRequest;
        }
      }
    }
  }
}
