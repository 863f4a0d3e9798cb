package com.griddesk.security;

import com.griddesk.audit.StaffLogins;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. GridDesk's API and the actuator: HTTP Basic against the engine's users (Spring Security).
 * Staff logged in to the webapps may also read (GET) the API with that session. The engine REST API: Camunda's
 * own Basic-auth filter (user names the engine cannot have refused first, {@link CheckedHttpBasicAuthentication}).
 * The webapps: Camunda's own login. GridDesk's pages (/cases/**, /supervision): the Tasklist session, with CSRF
 * protection. Nothing is open but a customer's survey answer, which its one-time token authenticates.
 */
@Configuration
public class SecurityConfig {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationHandlers problems,
      ProcessEngine processEngine) throws Exception {
    return http
        .securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.realmName("GridDesk").authenticationEntryPoint(problems.entryPoint()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .authorizeHttpRequests(auth -> auth
            // A customer's survey answer: authenticated by the case's one-time token, not by a login.
            .requestMatchers(HttpMethod.POST, "/api/cases/*/survey").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyAuthority(GridDeskGroups.INTAKE.toArray(String[]::new))
            .requestMatchers(HttpMethod.POST, "/api/queue-callbacks")
                .hasAnyAuthority(GridDeskGroups.INTAKE.toArray(String[]::new))
            .requestMatchers("/api/calendar/**").hasAuthority(GridDeskGroups.ADMINS)
            .requestMatchers("/api/organisation/**").hasAuthority(GridDeskGroups.ADMINS)
            .requestMatchers(HttpMethod.GET, "/api/knowledge", "/api/knowledge/**").authenticated()
            .requestMatchers(HttpMethod.HEAD, "/api/knowledge", "/api/knowledge/**").authenticated()
            .requestMatchers("/api/knowledge", "/api/knowledge/**").hasAuthority(GridDeskGroups.KNOWLEDGE_EDITORS)
            .requestMatchers(HttpMethod.GET, "/api/audit/verify")
                .hasAnyAuthority(GridDeskGroups.AUDIT_VERIFIERS.toArray(String[]::new))
            .requestMatchers(HttpMethod.GET, "/api/audit").hasAnyAuthority(GridDeskGroups.AUDIT_READERS.toArray(String[]::new))
            .requestMatchers("/api/audit", "/api/audit/**").denyAll()
            .requestMatchers("/api/reports/**").hasAnyAuthority(GridDeskGroups.REPORT_READERS.toArray(String[]::new))
            .requestMatchers(HttpMethod.GET, "/api/exports/**")
                .hasAnyAuthority(GridDeskGroups.CASE_EXPORTERS.toArray(String[]::new))
            .requestMatchers("/api/exports/**").denyAll()
            .requestMatchers("/api/supervision/**")
                .hasAnyAuthority(GridDeskGroups.SUPERVISION_READERS.toArray(String[]::new))
            .requestMatchers("/actuator/health", "/actuator/health/**").authenticated()
            .requestMatchers("/actuator/**").hasAnyAuthority(GridDeskGroups.ADMINS)
            .anyRequest().authenticated())
        .addFilterBefore(WebappSessionAuthenticationFilter.readOnly(processEngine.getName()),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(processEngine.getIdentityService()), BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * GridDesk's pages for Tasklist users (the clocks page, the supervision dashboard, and the script libraries they
   * load from /webjars): the Tasklist session logs in, for every method, and every change must carry the CSRF token
   * rendered into the page's forms (kept in the session). No HTTP Basic.
   */
  @Bean
  SecurityFilterChain pageSecurity(HttpSecurity http, PageAuthenticationHandlers pages, ProcessEngine processEngine)
      throws Exception {
    return http
        .securityMatcher("/cases/**", "/supervision", "/supervision/**", "/webjars/**")
        .csrf(csrf -> csrf.csrfTokenRequestHandler(new PageCsrfTokenHandler()))
        .anonymous(anonymous -> anonymous.disable())
        .requestCache(cache -> cache.disable())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(pages.entryPoint())
            .accessDeniedHandler(pages.accessDenied()))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/supervision", "/supervision/**")
                .hasAnyAuthority(GridDeskGroups.SUPERVISION_READERS.toArray(String[]::new))
            .anyRequest().authenticated())
        .addFilterBefore(WebappSessionAuthenticationFilter.anyMethod(processEngine.getName()),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(processEngine.getIdentityService()), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(StaffLogins logins) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new AuditedEngineRestAuthentication(logins));
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", CheckedHttpBasicAuthentication.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
