package com.griddesk.enginerest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.griddesk.availability.DatabaseUnavailable;
import com.griddesk.availability.UnavailableAnswer;
import com.griddesk.web.Causes;
import com.griddesk.web.InvalidRequestException;
import com.griddesk.web.UnstorableValue;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.message.internal.HeaderValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * GridDesk's answers to errors of Camunda's REST resources (/engine-rest and the webapps' API under /camunda/api),
 * where Camunda's own exception handlers would answer 500:
 * <ul>
 *   <li>the database cannot be reached: 503 problem with Retry-After, as GridDesk's API ({@link UnavailableAnswer});
 *   <li>a request that cannot be read: JSON nested deeper than Jackson reads, a header value with forbidden
 *       characters or that does not parse, a variable of an empty type (Camunda's request classes fail on it): 400;
 *   <li>a value the database cannot store or compare (too long, or characters its column cannot hold): 400;
 *   <li>an object the request names that does not exist, which the engine reports as a null value: 404 (400 when a
 *       value was left out);
 *   <li>a value a form or a process step refused (GridDesk's validation of a start form, a task listener's
 *       {@link BadUserRequestException}, a form field validator): 400. The engine wraps what an expression throws,
 *       and Camunda's resources answer a wrapped refusal with 500.
 * </ul>
 * 400s and 404s keep Camunda's error format ({@code type}, {@code message}). Everything else is left to Camunda's
 * handlers.
 */
final class EngineRestErrors {

  private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);
  private static final int SERVER_ERROR = Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
  /** Camunda's request classes (DTOs), which turn a request's JSON into engine values. */
  private static final String REQUEST_CLASSES = "org.camunda.bpm.engine.rest.dto.";

  private EngineRestErrors() {}

  /** Whether GridDesk answers this error rather than Camunda. */
  static boolean answers(Throwable error) {
    return DatabaseUnavailable.isCause(error) || unreadable(error)
        || isServerError(error) && (UnstorableValue.isCause(error) || missingObject(error).isPresent()
        || rejectedInput(error).isPresent());
  }

  static Response answer(Throwable error, ServletContext servletContext, HttpServletRequest request) {
    if (DatabaseUnavailable.isCause(error)) {
      UnavailableAnswer unavailable = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
          .getBean(UnavailableAnswer.class);
      log.warn("database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
          error.toString());
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
          .type("application/problem+json;charset=UTF-8")
          .entity(unavailable.body(request.getRequestURI()))
          .build();
    }
    if (unreadable(error)) {
      return camundaError(Response.Status.BAD_REQUEST, "请求格式不正确（请求体、请求头或变量的类型无效）");
    }
    if (UnstorableValue.isCause(error)) {
      log.warn("value refused by the database: {} {} answered 400", request.getMethod(), request.getRequestURI(),
          error);
      return camundaError(Response.Status.BAD_REQUEST, "请求中的值无法处理（过长或含有不支持的字符），未做任何修改");
    }
    Optional<NullValueException> missing = missingObject(error);
    if (missing.isPresent()) {
      // "task 123 doesn't exist": the request named something that is not there.
      boolean notFound = String.valueOf(missing.get().getMessage()).contains("doesn't exist");
      return Response.status(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ExceptionHandlerHelper.getInstance().fromException(missing.get()))
          .build();
    }
    Throwable refusal = rejectedInput(error).orElseThrow(() -> new IllegalStateException("not answered", error));
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ExceptionHandlerHelper.getInstance().fromException(refusal))
        .build();
  }

  private static Response camundaError(Response.Status status, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(InvalidRequestException.class.getSimpleName());
    dto.setMessage(message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }

  private static boolean isServerError(Throwable error) {
    return ExceptionHandlerHelper.getInstance().getStatus(error).getStatusCode() == SERVER_ERROR;
  }

  /** A request Jersey or Camunda's request classes could not read (not an error of the engine). */
  private static boolean unreadable(Throwable error) {
    // JSON Camunda's own handlers do not take (e.g. nested deeper than Jackson reads), a header value with forbidden
    // characters or that does not parse.
    if (error instanceof JsonProcessingException || error instanceof RequestRejectedException
        || error instanceof HeaderValueException) {
      return true;
    }
    if (error instanceof ProcessEngineException || error instanceof RestException
        || !(error instanceof RuntimeException)) {
      return false;
    }
    for (StackTraceElement frame : error.getStackTrace()) {
      String type = frame.getClassName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.")) {
        return type.startsWith(REQUEST_CLASSES);
      }
    }
    return false;
  }

  /** The refusal of an input inside an error that Camunda would answer with a 500. */
  private static Optional<Throwable> rejectedInput(Throwable error) {
    return Causes.find(error, InvalidRequestException.class).<Throwable>map(e -> e)
        .or(() -> Causes.find(error, FormFieldValidationException.class))
        .or(() -> Causes.find(error, BadUserRequestException.class));
  }

  /**
   * The engine's "a required value is null" (its ensureNotNull): a task, execution or variable the request named
   * does not exist, or the request left out a value.
   */
  private static Optional<NullValueException> missingObject(Throwable error) {
    return Causes.find(error, NullValueException.class);
  }
}
