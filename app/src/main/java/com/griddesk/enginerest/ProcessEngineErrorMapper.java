package com.griddesk.enginerest;

import jakarta.annotation.Priority;
import org.camunda.bpm.engine.ProcessEngineException;

/** The engine's exceptions, e.g. a persistence error whose cause is a lost connection. */
@Priority(EngineRestErrorMapper.PRIORITY)
public class ProcessEngineErrorMapper extends EngineRestErrorMapper<ProcessEngineException> {}
