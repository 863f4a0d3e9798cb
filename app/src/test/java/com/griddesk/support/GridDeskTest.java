package com.griddesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the "test" profile (in-memory H2, demo users, no job executor).
 * With -Pmysql the build adds the mysql profile after it (see {@link GridDeskTestProfiles}) and the same tests
 * run against MySQL/MariaDB. Every test class uses this one configuration, so they share one Spring context.
 * Metrics are exported as in production (Spring Boot's tests leave them out by default), so that
 * /actuator/prometheus can be tested.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = GridDeskTestProfiles.class)
@AutoConfigureObservability(tracing = false)
public @interface GridDeskTest {}
