package com.griddesk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * What GridDesk's server-rendered pages (/cases/**) share: escaping, the page head with its style, times in the
 * service centre's zone, and the page without a case (not found or not visible). Every text that comes from a
 * user, the request or the database goes through {@link #esc}.
 */
public final class PageHtml {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PageHtml() {}

  public static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** To the minute, e.g. 2026-03-10 09:00; empty for none. */
  public static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : MINUTES.format(instant.atZone(zone));
  }

  /** To the second, where the order of steps matters; empty for none. */
  public static String timeToSecond(Instant instant, ZoneId zone) {
    return instant == null ? "" : SECONDS.format(instant.atZone(zone));
  }

  /** 1 天 2 小时 5 分钟: a duration as people read it. */
  public static String duration(long seconds) {
    long days = seconds / 86400;
    long hours = seconds % 86400 / 3600;
    long minutes = seconds % 3600 / 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(" 天 ");
    }
    if (days > 0 || hours > 0) {
      text.append(hours).append(" 小时 ");
    }
    return text.append(minutes).append(" 分钟").toString();
  }

  /** A page without the case: not found, or not visible to this user (the two are not told apart). */
  public static String message(String title, String text) {
    StringBuilder h = new StringBuilder();
    head(h, title, "");
    h.append("<h1>").append(esc(title)).append("</h1><p>").append(esc(text)).append("</p></body></html>");
    return h.toString();
  }

  /** Opens the document up to and including {@code <body>}; {@code extraStyle} is the page's own CSS. */
  public static void head(StringBuilder h, String title, String extraStyle) {
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(title)).append(" - GridDesk</title><style>")
        .append("body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:1.5em;")
        .append("color:#222;max-width:1100px}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}")
        .append("h3{font-size:1em;margin:0 0 .4em}table{border-collapse:collapse;width:100%}")
        .append("th,td{border:1px solid #ccc;padding:.35em .6em;text-align:left;vertical-align:top}")
        .append("th{background:#f3f3f3}.meta{color:#444}.hint{color:#666;font-size:.9em}")
        .append(".ok{background:#e8f5e9;border:1px solid #81c784;padding:.6em}")
        .append(".error{background:#fdecea;border:1px solid #e57373;padding:.6em}.error ul{margin:.3em 0 0}")
        .append("form.action{border:1px solid #ddd;padding:.8em;margin:.8em 0;background:#fafafa}")
        .append("label{display:block;margin:.4em 0}select,textarea{display:block;margin-top:.2em;width:100%;")
        .append("max-width:600px;font:inherit}button{font:inherit;padding:.3em 1em;margin-top:.4em}")
        .append(".state-PAUSED{color:#b26a00;font-weight:bold}.state-BREACHED{color:#c62828}")
        .append(".state-AT_RISK{color:#e65100}.note{white-space:pre-wrap}")
        .append(extraStyle)
        .append("</style></head><body>");
  }
}
