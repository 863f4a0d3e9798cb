package com.griddesk.bench.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An endpoint the drill attacks: who calls it and how, a valid body to start from, and for an endpoint that
 * changes data the poisons: changes of which any one makes the request invalid, so that nothing the drill sends
 * may be stored however its other fields come out. Path placeholders: {case} the control case, {task} its task,
 * {pi} its process instance, {none} an identifier nobody has.
 */
record Endpoint(String name, String method, String path, String user, Kind kind, ObjectNode body,
    List<Poison> poisons, List<String> query) {

  enum Kind {
    /** GridDesk's API with HTTP Basic. */
    API,
    /** Camunda's REST API with HTTP Basic. */
    ENGINE,
    /** GridDesk's API without login (the customer's survey answer). */
    PUBLIC,
    /** The webapps' API with the Tasklist session (cookie and CSRF token). */
    WEBAPP,
    /** GridDesk's pages with the Tasklist session; changes are HTML form posts. */
    PAGE,
    /** The working-day calendar as CSV. */
    CSV
  }

  /** A change that makes a body invalid: {@code field} is the JSON pointer it sets (or removes, value null). */
  record Poison(String field, String json) {}

  /** Everything but reads: GETs and the engine's task query, which is a POST. */
  boolean changesData() {
    return !method.equals("GET") && !name.endsWith("-query");
  }

  boolean hasJsonBody() {
    return body != null;
  }
}
