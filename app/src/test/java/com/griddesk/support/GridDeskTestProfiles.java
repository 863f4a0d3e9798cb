package com.griddesk.support;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The tests' Spring profiles: "test", followed by any further profiles named in the system property
 * spring.profiles.active (the -Pmysql build sets it to "test,mysql"). "test" always comes first, so that a later
 * profile such as mysql overrides its in-memory H2 datasource. A plain @ActiveProfiles("test") would hide the
 * system property: Spring Boot gives the annotation's profiles precedence over it.
 */
public class GridDeskTestProfiles implements ActiveProfilesResolver {

  static final String TEST = "test";

  @Override
  public String[] resolve(Class<?> testClass) {
    Set<String> profiles = new LinkedHashSet<>();
    profiles.add(TEST);
    Arrays.stream(System.getProperty("spring.profiles.active", "").split(","))
        .map(String::trim)
        .filter(profile -> !profile.isEmpty())
        .forEach(profiles::add);
    return profiles.toArray(String[]::new);
  }
}
