package com.griddesk.bench.drill;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic values, well-formed or not. */
final class Credentials {

  private Credentials() {}

  static String basic(String user, String password) {
    return basic((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String basic(byte[] raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw);
  }

  /** For reports: what a Basic value says, without the password. */
  static String decoded(String header) {
    try {
      String text = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon < 0 ? "no colon" : "user " + text.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "not base64";
    }
  }
}
