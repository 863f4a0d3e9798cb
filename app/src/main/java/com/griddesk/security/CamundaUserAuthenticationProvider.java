package com.griddesk.security;

import com.griddesk.availability.DatabaseUnavailable;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Checks API logins against the engine's users, so staff have one account for Tasklist and the API. A user's
 * Camunda groups become their authorities.
 */
@Component
public class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final ProcessEngine engine;

  public CamundaUserAuthenticationProvider(ProcessEngine engine) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
  }

  /**
   * @throws BadCredentialsException for a wrong user or password (401)
   * @throws InternalAuthenticationServiceException when the users could not be read because the database is
   *     unavailable: the login was not refused, only not checked ({@link ProblemAuthenticationHandlers}: 503)
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    // A name no user can have (see UserIds) is refused without asking the database.
    if (credentials == null || !UserIds.mayExist(engine, userId)) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    try {
      if (!identityService.checkPassword(userId, credentials.toString())) {
        throw new BadCredentialsException("用户名或密码错误");
      }
      List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    } catch (RuntimeException e) {
      if (e instanceof BadCredentialsException || !DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      throw new InternalAuthenticationServiceException("登录无法校验：数据库暂时无法访问", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
