package com.griddesk.audit;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link WebappLoginFilter} in front of the webapps' login, wherever the webapps are served. */
@Configuration
public class WebappLoginAuditing {

  @Bean
  FilterRegistrationBean<WebappLoginFilter> webappLoginAudit(CamundaBpmProperties camunda, AuditLog auditLog,
      MeterRegistry meters) {
    String webappPath = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<WebappLoginFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginFilter(webappPath, auditLog, meters));
    registration.setName("webapp-login-audit");
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    // Outside Camunda's own webapp filters, so that it sees the status the browser gets.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
