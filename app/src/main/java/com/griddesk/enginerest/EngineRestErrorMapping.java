package com.griddesk.enginerest;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts GridDesk's error mappers into every JAX-RS application of the server: Camunda's engine REST API
 * (/engine-rest) and the webapps' applications (/camunda/api/engine, admin, cockpit, tasklist, welcome), which
 * Camunda's webapp starter creates itself, out of reach of Spring. Jersey finds this class through
 * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable.
 */
public class EngineRestErrorMapping implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
      return;
    }
    context.register(ThrowableErrorMapper.class);
    context.register(ProcessEngineErrorMapper.class);
    context.register(RestErrorMapper.class);
  }
}
