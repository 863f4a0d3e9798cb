package com.griddesk.enginerest;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * {@link EngineRestErrors} as a JAX-RS exception mapper. Jersey takes the mapper of the nearest exception type, and
 * of two at the same distance the one of higher priority, so there is one subclass for each type Camunda maps
 * (Throwable, ProcessEngineException, RestException), each ahead of Camunda's by its priority; for an error it
 * does not answer ({@link #isMappable}) Camunda's mapper answers as before.
 */
public abstract class EngineRestErrorMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

  /** Ahead of Camunda's mappers, which have the default (USER, 5000). */
  static final int PRIORITY = 1000;

  @Context
  private ServletContext servletContext;

  @Context
  private HttpServletRequest request;

  @Override
  public boolean isMappable(E error) {
    return EngineRestErrors.answers(error);
  }

  @Override
  public Response toResponse(E error) {
    return EngineRestErrors.answer(error, servletContext, request);
  }
}
