package com.griddesk.bench.drill;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding, the usual way and every byte. */
final class Urls {

  private Urls() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String encodeAll(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }
}
