package com.griddesk.bench.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.griddesk.bench.drill.Endpoint.Kind;
import com.griddesk.bench.drill.Endpoint.Poison;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill's bad requests. Request {@code index} of seed {@code seed} is always the same request, whatever order
 * or thread it is sent in: each draws from its own random source. Every request that could change data is made
 * invalid by a poison (see {@link Endpoint}) or sent without what it needs to be accepted (login, CSRF token).
 */
final class HostileRequests {

  /** A kind of bad request and how often it is drawn (weights). */
  enum Category {
    MALFORMED_JSON(12), WRONG_TYPES(12), MISSING_OR_EXTRA_FIELDS(10), INJECTION_IN_BODY(15),
    INJECTION_IN_URL(15), HUGE_BODY(0.4), DEEP_NESTING(0.6), BAD_ENCODING(9), HOSTILE_HEADERS(9),
    FORGED_AUTH(9), SESSION_AND_CSRF(4);

    final double weight;

    Category(double weight) {
      this.weight = weight;
    }

    String label() {
      return name().toLowerCase();
    }
  }

  /** The drill's control data and logins. */
  record Context(String caseNo, String taskId, String processInstanceId, String password, String sessionId,
      String xsrfToken, String decoy) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARK = "\u0007mark-";
  private static final String NONE = "TS20990101999999";
  private static final List<String> UNKNOWN_USERS =
      List.of("nobody", "root", "admin", "demo", "camunda-admin", "system", "x".repeat(300), "decoy ", " decoy");

  private final long seed;
  private final Context context;
  private final List<Endpoint> endpoints;
  private final double totalWeight;

  HostileRequests(long seed, Context context, List<Endpoint> endpoints) {
    this.seed = seed;
    this.context = context;
    this.endpoints = endpoints;
    double total = 0;
    for (Category category : Category.values()) {
      total += category.weight;
    }
    this.totalWeight = total;
  }

  HostileRequest generate(long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    Category category = category(random);
    Endpoint endpoint = switch (category) {
      case MALFORMED_JSON, WRONG_TYPES, MISSING_OR_EXTRA_FIELDS, INJECTION_IN_BODY, HUGE_BODY, DEEP_NESTING,
          BAD_ENCODING -> pick(random, e -> e.changesData() && e.kind() != Kind.PAGE);
      case FORGED_AUTH -> pick(random, e -> e.kind() != Kind.PAGE);
      case SESSION_AND_CSRF -> pick(random, e -> e.kind() == Kind.WEBAPP || e.kind() == Kind.PAGE
          || e.kind() == Kind.API && e.changesData());
      default -> endpoints.get(random.nextInt(endpoints.size()));
    };
    Draft draft = new Draft(endpoint);
    draft.path = fill(endpoint.path());
    draft.auth(random);
    draft.body = defaultBody(endpoint, random, category);
    switch (category) {
      case INJECTION_IN_URL -> injectIntoUrl(draft, random);
      case HOSTILE_HEADERS -> hostileHeaders(draft, random);
      case FORGED_AUTH -> forgeAuth(draft, random);
      case SESSION_AND_CSRF -> abuseSession(draft, random);
      case BAD_ENCODING -> badEncoding(draft, random);
      default -> { }
    }
    return new HostileRequest(index, category.label(), endpoint.name(), endpoint.changesData(), endpoint.method(),
        draft.target(), draft.headers, draft.body);
  }

  private Category category(SplittableRandom random) {
    double draw = random.nextDouble() * totalWeight;
    for (Category category : Category.values()) {
      draw -= category.weight;
      if (draw < 0) {
        return category;
      }
    }
    return Category.INJECTION_IN_URL;
  }

  private Endpoint pick(SplittableRandom random, Predicate<Endpoint> suitable) {
    List<Endpoint> candidates = endpoints.stream().filter(suitable).toList();
    return candidates.get(random.nextInt(candidates.size()));
  }

  private String fill(String text) {
    return text.replace("{case}", context.caseNo()).replace("{task}", context.taskId())
        .replace("{pi}", context.processInstanceId()).replace("{none}", NONE);
  }

  // ---- bodies -----------------------------------------------------------------------------------------------

  /** The body the category makes of the endpoint's template, poisoned where the endpoint changes data. */
  private byte[] defaultBody(Endpoint endpoint, SplittableRandom random, Category category) {
    if (endpoint.name().equals("webapp-login")) {
      return loginForm(random, category);
    }
    if (endpoint.name().equals("clocks-pause")) {
      return formBody(random, category, "action=pause&reason=DOCUMENTS_MISSING&note=");
    }
    if (endpoint.kind() == Kind.CSV) {
      return calendarCsv(random, category);
    }
    if (!endpoint.hasJsonBody()) {
      return new byte[0];
    }
    ObjectNode tree = endpoint.body().deepCopy();
    List<String> leaves = leaves(tree, "");
    List<String> literals = new ArrayList<>();
    String mutated = null;
    switch (category) {
      case WRONG_TYPES -> {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          mutated = leaves.get(random.nextInt(leaves.size()));
          set(tree, mutated, TextNode.valueOf(MARK + literals.size()));
          literals.add(Nasty.wrongType(random));
        }
      }
      case MISSING_OR_EXTRA_FIELDS -> {
        if (random.nextBoolean()) {
          mutated = leaves.get(random.nextInt(leaves.size()));
          remove(tree, mutated);
        }
        addUnknownFields(tree, random);
      }
      case INJECTION_IN_BODY -> {
        boolean every = random.nextInt(4) == 0;
        for (String leaf : leaves) {
          if (every || random.nextInt(leaves.size()) == 0) {
            set(tree, leaf, TextNode.valueOf(Nasty.injection(random)));
            mutated = leaf;
          }
        }
        if (mutated == null) {
          mutated = leaves.get(random.nextInt(leaves.size()));
          set(tree, mutated, TextNode.valueOf(Nasty.injection(random)));
        }
      }
      case HUGE_BODY -> {
        if (random.nextBoolean()) {
          mutated = leaves.get(random.nextInt(leaves.size()));
          set(tree, mutated, TextNode.valueOf(huge(random)));
        } else {
          ArrayNode many = tree.putArray("zzMany");
          for (int i = 300_000 + random.nextInt(300_000); i > 0; i--) {
            many.add(i);
          }
        }
      }
      case DEEP_NESTING -> {
        mutated = leaves.get(random.nextInt(leaves.size()));
        set(tree, mutated, TextNode.valueOf(MARK + literals.size()));
        literals.add(nested(random, 10_000));
      }
      default -> { }
    }
    poison(tree, endpoint, mutated, random);
    String text = fill(write(tree));
    for (int i = 0; i < literals.size(); i++) {
      text = text.replace("\"" + MARK.replace("\u0007", "\\u0007") + i + "\"", literals.get(i));
    }
    if (category == Category.MALFORMED_JSON) {
      text = malformed(text, random);
      if (text.isBlank() && !endpoint.poisons().isEmpty()) {
        // An empty body reads as {} to Camunda's REST API (e.g. a variable set to null): not invalid enough.
        text = "{";
      }
    }
    if (category == Category.DEEP_NESTING && random.nextInt(3) == 0) {
      text = nested(random, 10_000);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Sets one of the endpoint's poisons, if it has any: preferably one on another field than the one mutated. */
  private static void poison(ObjectNode tree, Endpoint endpoint, String mutated, SplittableRandom random) {
    if (endpoint.poisons().isEmpty()) {
      return;
    }
    List<Poison> elsewhere = endpoint.poisons().stream().filter(p -> !p.field().equals(mutated)).toList();
    List<Poison> choice = elsewhere.isEmpty() ? endpoint.poisons() : elsewhere;
    Poison poison = choice.get(random.nextInt(choice.size()));
    if (poison.json() == null) {
      remove(tree, poison.field());
    } else {
      try {
        set(tree, poison.field(), JSON.readTree(poison.json()));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void addUnknownFields(ObjectNode tree, SplittableRandom random) {
    String[][] extras = {
        {"__proto__", "{\"isAdmin\":true}"}, {"@class", "\"java.lang.ProcessBuilder\""},
        {"constructor", "{\"prototype\":{\"polluted\":1}}"}, {"caseNo", "\"TS20260101000001\""},
        {"status", "\"CLOSED\""}, {"createdBy", "\"ops\""}, {"id", "1"}, {"", "1"},
        {"processInstanceId", "\"1\""}, {"$where", "\"1==1\""}, {"businessKey", "\"TS20260101000001\""},
        {"variables", "{\"caseNo\":{\"value\":\"TS20260101000001\"}}"}, {"withVariablesInReturn", "true"}};
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String[] extra = extras[random.nextInt(extras.length)];
      try {
        tree.set(extra[0], JSON.readTree(extra[1]));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String huge(SplittableRandom random) {
    int megabytes = 2 + random.nextInt(7);
    return random.nextBoolean() ? "A".repeat(megabytes << 20) : "停电".repeat(megabytes << 18);
  }

  private static String nested(SplittableRandom random, int depth) {
    StringBuilder text = new StringBuilder(depth * 8);
    boolean arrays = random.nextBoolean();
    text.append((arrays ? "[" : "{\"a\":").repeat(depth)).append('1').append((arrays ? "]" : "}").repeat(depth));
    return text.toString();
  }

  /** JSON text made invalid in one of the ways clients and attackers break it. */
  private static String malformed(String text, SplittableRandom random) {
    int at = random.nextInt(Math.max(1, text.length()));
    return switch (random.nextInt(16)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, text.length() - 1);
      case 2 -> text.replaceFirst(":", "=");
      case 3 -> text.substring(0, text.length() - 1) + ",}";
      case 4 -> text.replace('"', '\'');
      case 5 -> text.replaceFirst("\"([A-Za-z]+)\":", "$1:");
      case 6 -> text.replaceFirst("\\{", "{/* comment */");
      case 7 -> text.replaceFirst(":\"", ":\"\u0001\u0002");
      case 8 -> "garbage" + text;
      case 9 -> "{";
      case 10 -> "";
      case 11 -> text.replaceFirst(":\"[^\"]*\"", ":NaN");
      case 12 -> text.replaceFirst(":\"[^\"]*\"", ":01");
      case 13 -> text.replaceFirst(":\"[^\"]*\"", ":\"unterminated");
      case 14 -> text + "}}}";
      default -> text.substring(0, at) + "\\" + text.substring(at);
    };
  }

  private static byte[] loginForm(SplittableRandom random, Category category) {
    String user = switch (random.nextInt(3)) {
      case 0 -> UNKNOWN_USERS.get(random.nextInt(UNKNOWN_USERS.size()));
      case 1 -> Nasty.injection(random);
      default -> "decoy";
    };
    String password = category == Category.HUGE_BODY ? huge(random) : Nasty.injection(random) + "-wrong";
    return formBody(random, category, "username=" + Urls.encode(user) + "&password=" + Urls.encode(password));
  }

  private static byte[] formBody(SplittableRandom random, Category category, String form) {
    String text = switch (category) {
      case MALFORMED_JSON -> random.nextBoolean() ? form.replace("=", "") : "&&==%zz%" + form;
      case INJECTION_IN_BODY -> form + Urls.encode(Nasty.injection(random));
      case HUGE_BODY -> form + "A".repeat((2 + random.nextInt(4)) << 20);
      default -> form + Urls.encode("客户需补充资料");
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The calendar as CSV, always with one impossible date, so that the year is refused whatever else it holds. */
  private static byte[] calendarCsv(SplittableRandom random, Category category) {
    String name = switch (category) {
      case INJECTION_IN_BODY -> Nasty.injection(random).replace("\n", " ").replace(",", "，");
      case HUGE_BODY -> huge(random);
      case MALFORMED_JSON -> "\"unterminated";
      default -> "元旦";
    };
    return ("date,kind,name\n2031-01-01,HOLIDAY," + name + "\n2031-02-30,HOLIDAY,不存在的日子\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  // ---- URLs, headers, logins --------------------------------------------------------------------------------

  private void injectIntoUrl(Draft draft, SplittableRandom random) {
    String template = draft.endpoint.path();
    boolean hasPlaceholder = template.contains("{");
    if (hasPlaceholder && random.nextBoolean()) {
      draft.path = template.replaceAll("\\{(case|task|pi|none)}", Matcher.quoteReplacement(Nasty.urlValue(random)));
      draft.path = fill(draft.path);
    } else if (random.nextInt(5) == 0) {
      String[] suffixes = {"/..;/..;/engine-rest/user", "/%2e%2e/%2e%2e/actuator/env", "//", "/.%00", "%00",
          ";jsessionid=forged", "/./", "/%252e%252e/"};
      draft.path = draft.path + suffixes[random.nextInt(suffixes.length)];
    }
    List<String> names = draft.endpoint.query().isEmpty() ? List.of("x", "q") : draft.endpoint.query();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      draft.query.add(names.get(random.nextInt(names.size())) + "=" + Nasty.urlValue(random));
    }
  }

  private void hostileHeaders(Draft draft, SplittableRandom random) {
    String injection = Nasty.injection(random).replace("\r", "").replace("\n", "");
    switch (random.nextInt(16)) {
      case 0 -> draft.header("Idempotency-Key", latin1(injection));
      case 1 -> draft.header("Idempotency-Key", "k".repeat(129 + random.nextInt(10_000)));
      case 2 -> draft.header("Idempotency-Key", latin1("键-" + random.nextInt(1000)));
      case 3 -> {
        draft.header("Idempotency-Key", "drill-a");
        draft.header("Idempotency-Key", "drill-b");
      }
      case 4 -> draft.header("Accept", new String[] {"application/xml", "text/html", "image/png",
          "*/*;q=abc", "application/json;charset=EBCDIC", "text/csv", "application/hal+json",
          "application/problem+json;q=0"}[random.nextInt(8)]);
      case 5 -> draft.header("Accept", "application/" + "x".repeat(5000));
      case 6 -> draft.header("Content-Type", new String[] {"application/json; charset=", "application/json;;;",
          "application/json; boundary=x; charset=utf-8; charset=latin1", "*/*", "application/",
          "application/json" + ";x".repeat(200)}[random.nextInt(6)]);
      case 7 -> draft.header("X-HTTP-Method-Override", "DELETE");
      case 8 -> draft.header("X-Forwarded-For", latin1(injection));
      case 9 -> draft.header("X-Forwarded-Host", "evil.example");
      case 10 -> draft.header("X-Large", "v".repeat(20_000 + random.nextInt(20_000)));
      case 11 -> {
        for (int i = 0; i < 150; i++) {
          draft.header("X-Many-" + i, Integer.toString(i));
        }
      }
      case 12 -> draft.header("Origin", "https://evil.example");
      case 13 -> draft.header("Range", "bytes=0-0,-1,999999999999-");
      case 14 -> draft.header("Accept-Language", latin1(injection));
      default -> draft.header("Cookie", "JSESSIONID=" + Urls.encode(injection) + "; XSRF-TOKEN=" + random.nextLong());
    }
  }

  private void forgeAuth(Draft draft, SplittableRandom random) {
    draft.headers.removeIf(h -> h[0].equals("Authorization") || h[0].equals("Cookie") || h[0].equals("X-XSRF-TOKEN"));
    String login = draft.endpoint.user() == null ? "agent" : draft.endpoint.user();
    String value = switch (random.nextInt(14)) {
      case 0 -> "Basic !!!not-base64!!!";
      case 1 -> Credentials.basic(login.getBytes(StandardCharsets.UTF_8));
      case 2 -> Credentials.basic(new byte[] {(byte) 0xff, (byte) 0xfe, ':', (byte) 0xc3, 0x28});
      case 3 -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJvcHMifQ.";
      case 4 -> "Basic";
      case 5 -> "Basic " + "A".repeat(10_000);
      case 6 -> Credentials.basic(":".getBytes(StandardCharsets.UTF_8));
      case 7 -> Credentials.basic(UNKNOWN_USERS.get(random.nextInt(UNKNOWN_USERS.size())), context.password());
      case 8 -> Credentials.basic(context.decoy(), Nasty.injection(random));
      case 9 -> Credentials.basic(context.decoy(), context.password() + "x");
      case 10 -> Credentials.basic(Nasty.injection(random), Nasty.injection(random));
      case 11 -> "Digest username=\"" + login + "\", realm=\"GridDesk\", response=\"0\"";
      case 12 -> null;
      default -> Credentials.basic((context.decoy() + ":").getBytes(StandardCharsets.UTF_8));
    };
    if (value != null) {
      draft.header("Authorization", value);
    }
    if (random.nextInt(3) == 0) {
      draft.header("Cookie", "JSESSIONID=" + Long.toHexString(random.nextLong()).toUpperCase()
          + "; XSRF-TOKEN=" + Long.toHexString(random.nextLong()));
      draft.header("X-XSRF-TOKEN", Long.toHexString(random.nextLong()));
    }
  }

  private void abuseSession(Draft draft, SplittableRandom random) {
    draft.headers.removeIf(h -> h[0].equals("Authorization") || h[0].equals("X-XSRF-TOKEN")
        || h[0].equals("Cookie"));
    draft.header("Cookie", "JSESSIONID=" + context.sessionId() + "; XSRF-TOKEN=" + context.xsrfToken());
    if (draft.endpoint.changesData() && !draft.endpoint.name().equals("webapp-login")) {
      // A change riding on the session alone: no token, a wrong one, or the cookie's value in the wrong place.
      switch (random.nextInt(3)) {
        case 0 -> { }
        case 1 -> draft.header("X-XSRF-TOKEN", Long.toHexString(random.nextLong()).toUpperCase());
        default -> draft.query.add("_csrf=" + context.xsrfToken());
      }
    } else if (random.nextBoolean()) {
      draft.header("X-XSRF-TOKEN", context.xsrfToken());
    }
  }

  private void badEncoding(Draft draft, SplittableRandom random) {
    byte[][] invalid = {{(byte) 0xc3, 0x28}, {(byte) 0xff, (byte) 0xfe}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xe2, (byte) 0x82}, {0x00}};
    String text = new String(draft.body, StandardCharsets.UTF_8);
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> {
        // Into a value that is not empty (Jackson decodes some invalid sequences into characters, which would fill
        // a poison of an empty value).
        Matcher value = Pattern.compile(":\"(?=[^\"])").matcher(text);
        int at = !value.find() ? random.nextInt(Math.max(1, draft.body.length))
            : text.substring(0, value.end()).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(draft.body, 0, Math.min(at, draft.body.length));
        out.writeBytes(invalid[random.nextInt(invalid.length)]);
        out.write(draft.body, Math.min(at, draft.body.length), draft.body.length - Math.min(at, draft.body.length));
        draft.body = out.toByteArray();
      }
      case 3 -> draft.body = text.getBytes(Charset.forName("GBK"));
      case 4 -> {
        draft.body = text.getBytes(Charset.forName("GBK"));
        draft.contentType("application/json; charset=GBK");
      }
      case 5 -> draft.contentType("application/json; charset=ISO-8859-1");
      case 6 -> draft.contentType("application/json; charset=no-such-charset");
      case 7 -> draft.contentType(new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded",
          "multipart/form-data", "application/octet-stream"}[random.nextInt(5)]);
      case 8 -> draft.contentType(null);
      case 9 -> {
        draft.body = text.getBytes(StandardCharsets.UTF_16);
        draft.contentType(random.nextBoolean() ? "application/json; charset=UTF-16" : "application/json");
      }
      case 10 -> draft.header("Content-Encoding", "gzip");
      // Into a value that is not empty, so that a poison of an empty value stays empty.
      default -> draft.body = text.replaceFirst(":\"(?=[^\"])", ":\"\\\\ud800\\\\udfff\\\\uDBFF")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Bytes as ISO-8859-1 characters, so that a header carries them unchanged (e.g. UTF-8 in a header). */
  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  // ---- JSON trees -------------------------------------------------------------------------------------------

  /** JSON pointers of every value that is not an object or array. */
  private static List<String> leaves(JsonNode node, String path) {
    List<String> leaves = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        leaves.addAll(leaves(field.getValue(), path + "/" + field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves.addAll(leaves(node.get(i), path + "/" + i));
      }
    } else {
      leaves.add(path);
    }
    return leaves;
  }

  /** Sets the value at a JSON pointer, making objects of whatever lies on the way. */
  private static void set(ObjectNode root, String pointer, JsonNode value) {
    String[] parts = pointer.substring(1).split("/");
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = child(node, parts[i]);
    }
    String last = parts[parts.length - 1];
    if (node.isArray() && last.matches("\\d+") && Integer.parseInt(last) < node.size()) {
      ((ArrayNode) node).set(Integer.parseInt(last), value);
    } else if (node.isObject()) {
      ((ObjectNode) node).set(last, value);
    }
  }

  private static JsonNode child(JsonNode node, String part) {
    if (node.isArray() && part.matches("\\d+") && Integer.parseInt(part) < node.size()) {
      JsonNode child = node.get(Integer.parseInt(part));
      if (!child.isContainerNode()) {
        ((ArrayNode) node).set(Integer.parseInt(part), JSON.createObjectNode());
      }
      return node.get(Integer.parseInt(part));
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode child = object.get(part);
    if (child == null || !child.isContainerNode()) {
      object.set(part, JSON.createObjectNode());
    }
    return object.get(part);
  }

  private static void remove(ObjectNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(last);
    } else if (parent.isArray() && last.matches("\\d+") && Integer.parseInt(last) < parent.size()) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    }
  }

  private static String write(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request being put together. */
  private final class Draft {
    final Endpoint endpoint;
    String path;
    final List<String> query = new ArrayList<>();
    final List<String[]> headers = new ArrayList<>();
    byte[] body = new byte[0];

    Draft(Endpoint endpoint) {
      this.endpoint = endpoint;
    }

    void header(String name, String value) {
      headers.add(new String[] {name, value});
    }

    void contentType(String value) {
      headers.removeIf(h -> h[0].equals("Content-Type"));
      if (value != null) {
        header("Content-Type", value);
      }
    }

    /** The login the endpoint is called with, and the content type of its body. */
    void auth(SplittableRandom random) {
      switch (endpoint.kind()) {
        case API, ENGINE, CSV -> header("Authorization", Credentials.basic(endpoint.user(), context.password()));
        case WEBAPP, PAGE -> {
          header("Cookie", "JSESSIONID=" + context.sessionId() + "; XSRF-TOKEN=" + context.xsrfToken());
          // Reads carry the token as the webapps do; changes never do (the login's credentials are never valid).
          if (!endpoint.changesData() || endpoint.name().equals("webapp-login")) {
            header("X-XSRF-TOKEN", context.xsrfToken());
          }
        }
        default -> { }
      }
      header("Accept", endpoint.kind() == Kind.PAGE ? "text/html" : "application/json");
      if (endpoint.changesData()) {
        header("Content-Type", switch (endpoint.kind()) {
          case CSV -> "text/csv; charset=UTF-8";
          case PAGE -> "application/x-www-form-urlencoded";
          default -> endpoint.name().equals("webapp-login") ? "application/x-www-form-urlencoded"
              : "application/json";
        });
      }
    }

    String target() {
      if (query.isEmpty()) {
        return path;
      }
      return path + (path.contains("?") ? "&" : "?") + String.join("&", query);
    }
  }
}
