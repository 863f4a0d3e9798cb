package com.griddesk.sla;

import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.web.Causes;
import com.griddesk.web.InvalidRequestException;
import com.griddesk.web.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The clocks page for handlers in Tasklist: a case's SLA clocks and pauses, with forms to pause, resume and
 * reject. The forms post to the page itself (POST/redirect/GET) and run exactly the API's rules
 * ({@link ClockPauseCommands}); an error is shown on the page and changes nothing. Logged in through the Tasklist
 * session; every POST carries the CSRF token (see SecurityConfig).
 */
@Controller
@RequestMapping("/cases/{caseNo}/clocks")
public class ClockPausePage {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

  private final ClockPauseCommands commands;
  private final CaseViews views;
  private final BusinessClock businessClock;
  private final TransactionTemplate readOnly;

  public ClockPausePage(ClockPauseCommands commands, CaseViews views, BusinessClock businessClock,
      PlatformTransactionManager transactions) {
    this.commands = commands;
    this.views = views;
    this.businessClock = businessClock;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @GetMapping
  public ResponseEntity<String> show(@PathVariable String caseNo, @RequestParam(required = false) String done,
      Authentication user, HttpServletRequest request) {
    return render(caseNo, user, request, HttpStatus.OK, done, null, List.of(), Map.of());
  }

  @PostMapping
  public ResponseEntity<String> act(@PathVariable String caseNo, @RequestParam(required = false) String action,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
      @RequestParam(required = false) String cause, @RequestParam(required = false) String comment,
      Authentication user, HttpServletRequest request) {
    Map<String, String> entered = new HashMap<>();
    put(entered, "reason", reason);
    put(entered, "note", note);
    put(entered, "comment", comment);
    try {
      switch (action == null ? "" : action) {
        case "pause" -> commands.pause(caseNo, reason, note, user);
        case "resume" -> commands.resume(caseNo, cause, user);
        case "reject" -> commands.reject(caseNo, comment, user);
        default -> {
          commands.visibleCase(caseNo, user);
          throw InvalidRequestException.of("action", "未知操作");
        }
      }
    } catch (CaseNotFoundException e) {
      return notFound(caseNo);
    } catch (AccessDeniedException e) {
      return render(caseNo, user, request, HttpStatus.FORBIDDEN, null, "当前账号无权执行此操作，未做任何修改。",
          List.of(), entered);
    } catch (InvalidRequestException e) {
      return render(caseNo, user, request, HttpStatus.BAD_REQUEST, null, "填写内容不正确，未做任何修改：",
          e.problems(), entered);
    } catch (StateConflictException e) {
      return render(caseNo, user, request, HttpStatus.CONFLICT, null, e.getMessage() + "。未做任何修改。",
          List.of(), entered);
    } catch (RuntimeException e) {
      // Two people changed the same case at once; the later one changed nothing (as the API's 409).
      if (Causes.find(e, OptimisticLockingFailureException.class).isPresent()
          || Causes.find(e, OptimisticLockingException.class).isPresent()) {
        return render(caseNo, user, request, HttpStatus.CONFLICT, null, "工单刚被他人修改，未做任何修改，请刷新后重试。",
            List.of(), entered);
      }
      throw e;
    }
    URI back = URI.create("/cases/" + UriUtils.encodePathSegment(caseNo, "UTF-8") + "/clocks?done=" + action);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
  }

  private ResponseEntity<String> render(String caseNo, Authentication user, HttpServletRequest request,
      HttpStatus status, String done, String error, List<com.griddesk.web.FieldProblem> problems,
      Map<String, String> entered) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String html = readOnly.execute(tx -> {
      ServiceCase serviceCase;
      try {
        serviceCase = commands.visibleCase(caseNo, user);
      } catch (CaseNotFoundException e) {
        return null;
      }
      return ClockPageHtml.page(new ClockPageHtml.Page(views.of(serviceCase), user.getName(),
          commands.mayPause(user, serviceCase), commands.mayPause(user, serviceCase),
          commands.mayReportAnswer(user, serviceCase), commands.mayReject(user), csrf.getParameterName(),
          csrf.getToken(), done, error, problems, entered), businessClock.zone());
    });
    return html == null ? notFound(caseNo) : ResponseEntity.status(status).contentType(HTML).body(html);
  }

  private static ResponseEntity<String> notFound(String caseNo) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
        .body(ClockPageHtml.message("工单不存在", "找不到工单 " + caseNo + "，或当前账号无权查看。"));
  }

  private static void put(Map<String, String> entered, String field, String value) {
    if (value != null) {
      entered.put(field, value);
    }
  }
}
