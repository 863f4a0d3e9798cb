package com.griddesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.sla.BusinessClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to GridDesk's audit log, in the transaction of the change it records: a change rolled back leaves no
 * entry, and so no gap in the ids. The only way to write the log; there is no update and no delete.
 *
 * <p>Details are short facts (types, codes, counts, states), never personal data: no names, phone numbers, ID
 * numbers, addresses or customers' words.
 */
@Repository
public class AuditLog {

  /** Who acts when the customer does (e.g. a survey answer authenticated by its token). */
  public static final String CUSTOMER = "customer";
  /** Who acts when GridDesk itself does. */
  public static final String SYSTEM = "system";

  /** A user's logins within this time of the last recorded one are not recorded again. */
  public static final Duration LOGIN_QUIET = Duration.ofHours(1);

  /** The detail of a STAFF_LOGIN that names where the user logged in: "api" or the webapp's name. */
  public static final String APP = "app";
  public static final String API = "api";
  public static final String ENGINE_REST = "engine-rest";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DETAILS = 1000;

  @PersistenceContext
  private EntityManager entityManager;

  private final BusinessClock clock;

  public AuditLog(BusinessClock clock) {
    this.clock = clock;
  }

  /**
   * @param details alternating keys and values, written as a small JSON object in this order; null values left out
   */
  @Transactional
  public AuditEntry record(String actor, AuditAction action, String caseNo, Object... details) {
    // The caller's pending changes go out before the head lock is taken, so that while it is held this transaction
    // only writes the log: no other row lock is waited for while others wait for the head.
    entityManager.flush();
    AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry = new AuditEntry(head.getLastId() + 1, clock.now(), actor == null ? SYSTEM : actor, action,
        caseNo, json(details), head.getLastHash());
    entityManager.persist(entry);
    head.advance(entry);
    return entry;
  }

  /**
   * A login over HTTP Basic, to GridDesk's API ({@code app} "api") or the engine's REST API ("engine-rest"), unless
   * one of the same user to the same interface was recorded within {@link #LOGIN_QUIET} (business time): Basic
   * credentials come with every request. Looked up under the head lock, so concurrent requests of one user record
   * one entry. Entries without details are API logins recorded before the interface was named. A webapp login is a
   * login of its own and is recorded every time (WebappLoginFilter).
   */
  @Transactional
  public void recordLogin(String user) {
    recordLogin(user, API);
  }

  @Transactional
  public void recordLogin(String user, String app) {
    entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    boolean recent = !entityManager.createQuery(
            "select e.id from AuditEntry e where e.actor = :user and e.action = :action and e.recordedAt > :since"
                + " and (e.details = :app" + (API.equals(app) ? " or e.details is null)" : ")"))
        .setParameter("user", user)
        .setParameter("action", AuditAction.STAFF_LOGIN.name())
        .setParameter("since", clock.now().minus(LOGIN_QUIET))
        .setParameter("app", json(APP, app))
        .setMaxResults(1)
        .getResultList().isEmpty();
    if (!recent) {
      record(user, AuditAction.STAFF_LOGIN, null, APP, app);
    }
  }

  /**
   * A login to one of the Camunda webapps ({@code app} tasklist, cockpit, admin...): each one is recorded, as a
   * person logs in there once per session, not once per request.
   */
  @Transactional
  public AuditEntry recordWebappLogin(String user, String app) {
    return record(user, AuditAction.STAFF_LOGIN, null, APP, app);
  }

  private static String json(Object... details) {
    if (details.length == 0) {
      return null;
    }
    if (details.length % 2 != 0) {
      throw new IllegalArgumentException("details come as key and value pairs");
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < details.length; i += 2) {
      if (details[i + 1] != null) {
        Object value = details[i + 1];
        facts.put(details[i].toString(), value instanceof Number || value instanceof Boolean ? value : value.toString());
      }
    }
    try {
      String text = JSON.writeValueAsString(facts);
      return text.length() > MAX_DETAILS ? text.substring(0, MAX_DETAILS) : text;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details are plain values", e);
    }
  }
}
