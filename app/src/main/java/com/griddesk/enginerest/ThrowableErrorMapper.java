package com.griddesk.enginerest;

import jakarta.annotation.Priority;

/** Errors no other mapper is nearer to, e.g. Spring's CannotCreateTransactionException from an engine call. */
@Priority(EngineRestErrorMapper.PRIORITY)
public class ThrowableErrorMapper extends EngineRestErrorMapper<Throwable> {}
