package com.griddesk.bench.drill;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, exactly as it goes on the wire: request line, headers (values as ISO-8859-1 text, so any
 * byte can be sent), body bytes. {@code index} regenerates it ({@code HostileInput --only=INDEX}).
 */
record HostileRequest(long index, String category, String endpoint, boolean changesData, String method,
    String target, List<String[]> headers, byte[] body) {

  /** The request line and headers; Content-Length is added unless a header of the request sets its framing. */
  String head() {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    boolean framed = false;
    for (String[] header : headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
      framed |= header[0].equalsIgnoreCase("Content-Length") || header[0].equalsIgnoreCase("Transfer-Encoding");
    }
    if (!framed && (body.length > 0 || method.equals("POST") || method.equals("PUT"))) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    return head.toString();
  }

  /** One line for a report: what was sent, the body cut to a readable prefix. */
  String describe() {
    StringBuilder line = new StringBuilder("#").append(index).append(" [").append(category).append("] ")
        .append(method).append(' ').append(abbreviate(target, 300));
    for (String[] header : headers) {
      String value = header[0].equalsIgnoreCase("Authorization") && header[1].startsWith("Basic ")
          ? header[1] + " (" + Credentials.decoded(header[1]) + ")" : header[1];
      line.append(" | ").append(header[0]).append(": ").append(abbreviate(printable(value), 200));
    }
    String text = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
    line.append(" | body ").append(body.length).append(" bytes: ").append(printable(text));
    return line.toString();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
