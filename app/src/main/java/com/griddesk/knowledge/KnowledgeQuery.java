package com.griddesk.knowledge;

import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** The checked parameters of GET /api/knowledge: every invalid one is named. */
record KnowledgeQuery(String q, String serviceArea, int limit) {

  static final int MAX_Q = 100;
  static final int DEFAULT_LIMIT = 10;

  static KnowledgeQuery of(String q, String serviceArea, String limit) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = q == null ? "" : q.strip();
    if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_Q) {
      problems.add(new FieldProblem("q", "必填：检索内容，1-" + MAX_Q + " 个字符"));
    }
    String area = KnowledgeArticleValidator.blankToNull(serviceArea);
    if (area != null && !KnowledgeArticleValidator.SERVICE_AREA.matcher(area).matches()) {
      problems.add(new FieldProblem("serviceArea", "服务区域应为 2-16 位大写字母或数字（供电单位编码）"));
    }
    int count = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        count = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 1 || count > KnowledgeSearch.MAX_LIMIT) {
        problems.add(new FieldProblem("limit", "应为 1-" + KnowledgeSearch.MAX_LIMIT + " 之间的整数，默认 " + DEFAULT_LIMIT));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new KnowledgeQuery(text, area, count);
  }
}
