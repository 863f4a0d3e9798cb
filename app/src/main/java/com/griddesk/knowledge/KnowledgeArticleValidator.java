package com.griddesk.knowledge;

import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks an editor's article before anything is stored, naming every invalid field. */
final class KnowledgeArticleValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 20_000;
  static final int MAX_TAGS = 10;
  static final int MAX_TAG = 20;
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  /** A supply office's code, as everywhere in GridDesk. */
  static final Pattern SERVICE_AREA = Pattern.compile("[A-Z0-9]{2,16}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  /** The body may have lines and tabs, nothing else of the control characters. */
  private static final Pattern BODY_CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  private KnowledgeArticleValidator() {}

  /** The checked article, ready to store; tags stripped, in the editor's order. */
  record ValidArticle(String title, String body, List<String> tags, String serviceArea, LocalDate validFrom,
      LocalDate validTo) {}

  static ValidArticle validate(KnowledgeArticleRequest request, boolean versionRequired) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = text(request.title(), "title", "标题", MAX_TITLE, CONTROL, "不能换行或包含控制字符", problems);
    String body = text(request.body(), "body", "正文", MAX_BODY, BODY_CONTROL, "不能包含控制字符", problems);
    List<String> tags = tags(request.tags(), problems);
    String serviceArea = blankToNull(request.serviceArea());
    if (serviceArea != null && !SERVICE_AREA.matcher(serviceArea).matches()) {
      problems.add(new FieldProblem("serviceArea", "服务区域应为 2-16 位大写字母或数字（供电单位编码），不填表示全部区域"));
    }
    LocalDate validFrom = date(request.validFrom(), "validFrom", true, problems);
    LocalDate validTo = date(request.validTo(), "validTo", false, problems);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      problems.add(new FieldProblem("validTo", "失效日期不能早于生效日期 " + validFrom));
    }
    if (versionRequired && request.version() == null) {
      problems.add(new FieldProblem("version", "必填：修改所依据的文章版本（GET 返回的 version）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidArticle(title, body, tags, serviceArea, validFrom, validTo);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(String value, String field, String label, int max, Pattern forbidden,
      String forbiddenMessage, List<FieldProblem> problems) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      problems.add(new FieldProblem(field, label + "必填"));
    } else if (stripped.codePointCount(0, stripped.length()) > max) {
      problems.add(new FieldProblem(field, label + "最多 " + max + " 个字符"));
    } else if (forbidden.matcher(stripped).find()) {
      problems.add(new FieldProblem(field, label + forbiddenMessage));
    } else {
      return stripped;
    }
    return null;
  }

  private static List<String> tags(List<String> submitted, List<FieldProblem> problems) {
    if (submitted == null) {
      return List.of();
    }
    if (submitted.size() > MAX_TAGS) {
      problems.add(new FieldProblem("tags", "最多 " + MAX_TAGS + " 个标签，收到 " + submitted.size() + " 个"));
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < submitted.size(); i++) {
      String field = "tags[" + i + "]";
      String tag = submitted.get(i) == null ? "" : submitted.get(i).strip();
      if (tag.isEmpty()) {
        problems.add(new FieldProblem(field, "标签不能为空"));
      } else if (tag.codePointCount(0, tag.length()) > MAX_TAG) {
        problems.add(new FieldProblem(field, "标签最多 " + MAX_TAG + " 个字符"));
      } else if (CONTROL.matcher(tag).find() || tag.contains(",") || tag.contains("，")) {
        problems.add(new FieldProblem(field, "标签不能包含逗号或控制字符，多个标签请分开填写"));
      } else if (!seen.add(tag)) {
        problems.add(new FieldProblem(field, "标签“" + tag + "”重复"));
      } else {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static LocalDate date(String value, String field, boolean required, List<FieldProblem> problems) {
    String text = blankToNull(value);
    if (text == null) {
      if (required) {
        problems.add(new FieldProblem(field, "必填，格式 yyyy-MM-dd"));
      }
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
        return date;
      }
      problems.add(new FieldProblem(field, "日期应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年之间"));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "日期 " + text + " 应为 yyyy-MM-dd 格式的有效日期"));
    }
    return null;
  }
}
