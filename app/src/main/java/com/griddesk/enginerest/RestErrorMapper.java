package com.griddesk.enginerest;

import jakarta.annotation.Priority;
import org.camunda.bpm.engine.rest.exception.RestException;

/** Camunda's resources' own wrapping, e.g. the 500 of a form submission that a process step refused. */
@Priority(EngineRestErrorMapper.PRIORITY)
public class RestErrorMapper extends EngineRestErrorMapper<RestException> {}
