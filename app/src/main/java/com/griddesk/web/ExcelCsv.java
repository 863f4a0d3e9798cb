package com.griddesk.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * GridDesk's CSV files as the service centre's staff open them, in Excel: UTF-8 with a byte order mark (without it
 * Excel reads Chinese as mojibake), CRLF line ends and quotes as RFC 4180 has them, and no cell that Excel would
 * run as a formula (CSV injection): text starting with = + - @ tab or CR gets a leading apostrophe.
 */
public final class ExcelCsv {

  public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** Written before the first line. */
  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ExcelCsv() {}

  /** One line with its CRLF. */
  public static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** Quoted where RFC 4180 needs it; null is an empty cell. */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
