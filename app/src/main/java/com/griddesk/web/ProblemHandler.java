package com.griddesk.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.griddesk.availability.DatabaseUnavailable;
import com.griddesk.availability.UnavailableAnswer;
import com.griddesk.calendar.CalendarYearNotFoundException;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.intake.IdempotencyConflictException;
import com.griddesk.intake.IdempotentRequestInProgressException;
import com.griddesk.knowledge.KnowledgeArticleNotFoundException;
import com.griddesk.knowledge.StaleArticleException;
import com.griddesk.queuecallback.QueueCallbackNotFoundException;
import com.griddesk.sla.CalendarNotAvailableException;
import com.griddesk.survey.InvalidSurveyTokenException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as application/problem+json (RFC 9457), with the invalid fields named. Not limited to GridDesk's
 * controllers: a request that no endpoint takes (wrong method, wrong Content-Type, no such path) fails before any
 * controller is chosen, and gets a problem too.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final UnavailableAnswer unavailable;

  public ProblemHandler(UnavailableAnswer unavailable) {
    this.unavailable = unavailable;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求参数不正确，未做任何修改");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", e.problems());
    return problem;
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ProblemDetail notFound(CaseNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Case not found", e.getMessage());
  }

  @ExceptionHandler(QueueCallbackNotFoundException.class)
  ProblemDetail queueCallbackNotFound(QueueCallbackNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Queue callback not found", e.getMessage());
  }

  @ExceptionHandler(CalendarYearNotFoundException.class)
  ProblemDetail calendarYearNotFound(CalendarYearNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Calendar year not found", e.getMessage());
  }

  @ExceptionHandler(KnowledgeArticleNotFoundException.class)
  ProblemDetail articleNotFound(KnowledgeArticleNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Knowledge article not found", e.getMessage());
  }

  @ExceptionHandler(StaleArticleException.class)
  ProblemDetail staleArticle(StaleArticleException e) {
    return problem(HttpStatus.CONFLICT, "Stale version", e.getMessage());
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ProblemDetail conflict(IdempotencyConflictException e) {
    return problem(HttpStatus.CONFLICT, "Idempotency-Key reused", e.getMessage());
  }

  @ExceptionHandler(StateConflictException.class)
  ProblemDetail stateConflict(StateConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict with the case's state", e.getMessage());
  }

  @ExceptionHandler(IdempotentRequestInProgressException.class)
  ResponseEntity<ProblemDetail> inProgress(IdempotentRequestInProgressException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
        .body(problem(HttpStatus.CONFLICT, "Request in progress", e.getMessage()));
  }

  @ExceptionHandler(InvalidSurveyTokenException.class)
  ProblemDetail invalidSurveyToken(InvalidSurveyTokenException e) {
    return problem(HttpStatus.FORBIDDEN, "Invalid survey token", e.getMessage());
  }

  /** A header value with characters Spring Security's firewall refuses, found when the handler reads it. */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    return problem(HttpStatus.BAD_REQUEST, "Malformed request", "请求头含有不允许的字符");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "当前账号无权执行此操作");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
    // The database is down or unreachable: no hang, no 500, but a 503 the client may retry.
    if (DatabaseUnavailable.isCause(e)) {
      log.warn("database unavailable: {} answered 503 ({})", path(request), e.toString());
      return unavailable.entity(path(request));
    }
    // A value GridDesk's checks let through and the database cannot store: the client's, not a server error.
    if (UnstorableValue.isCause(e)) {
      log.warn("value refused by the database: {} answered 400", path(request), e);
      return answer(problem(HttpStatus.BAD_REQUEST, "Invalid request", "请求中的值无法处理（过长或含有不支持的字符），未做任何修改"));
    }
    var calendar = Causes.find(e, CalendarNotAvailableException.class);
    if (calendar.isPresent()) {
      return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "Working-day calendar missing",
          calendar.get().getMessage()));
    }
    // Two people changed the same case at once (e.g. paused its clocks twice); the later one changed nothing.
    if (Causes.find(e, OptimisticLockingFailureException.class).isPresent()
        || Causes.find(e, OptimisticLockingException.class).isPresent()) {
      return answer(problem(HttpStatus.CONFLICT, "Concurrent change", "工单刚被他人修改，未做任何修改，请刷新后重试"));
    }
    log.error("unexpected error", e);
    return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "服务器内部错误，请求未完成，请稍后重试"));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
  }

  /** Malformed JSON, or a value of the wrong JSON type: name the field where Jackson can tell it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求参数不正确，未做任何修改");
      problem.setTitle("Invalid request");
      problem.setProperty("errors", List.of(new FieldProblem(field, fieldMessage(mapping))));
    } else {
      problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", "请求体不是有效的 JSON");
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String fieldMessage(JsonMappingException mapping) {
    if (mapping instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      return "未知字段";
    }
    if (WellFormedText.PROBLEM.equals(mapping.getOriginalMessage())) {
      return WellFormedText.PROBLEM;
    }
    return "类型不正确";
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
