package com.griddesk.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * GridDesk's own full-text index of the knowledge base (gd_kb_term): one row per article and distinct term, with
 * the weight of the best field the term occurs in. Rewritten in the transaction that changes the article, so the
 * index never disagrees with the articles, on any node of a cluster.
 */
@Component
class KnowledgeIndex {

  static final int TITLE = 3;
  static final int TAGS = 2;
  static final int BODY = 1;

  /** Rows per INSERT statement: one round trip each, within every database's parameter limit. */
  private static final int ROWS_PER_INSERT = 200;
  /** Terms per IN list when reading. */
  private static final int TERMS_PER_QUERY = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  KnowledgeIndex(NamedParameterJdbcTemplate named) {
    this.named = named;
    this.jdbc = named.getJdbcTemplate();
  }

  /** The article's terms with their weights: a term found in several fields counts with the best one. */
  static Map<String, Integer> terms(KnowledgeArticle article) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    KnowledgeTerms.forIndex(article.getTitle()).forEach(term -> terms.merge(term, TITLE, Math::max));
    KnowledgeTerms.forIndex(String.join(" ", article.getTags())).forEach(term -> terms.merge(term, TAGS, Math::max));
    KnowledgeTerms.forIndex(article.getBody()).forEach(term -> terms.merge(term, BODY, Math::max));
    return terms;
  }

  /** Replaces the article's terms; the article must already have its id. */
  void write(KnowledgeArticle article) {
    remove(article.getId());
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(terms(article).entrySet());
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Map.Entry<String, Integer>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder sql = new StringBuilder("insert into gd_kb_term (article_id, term, weight) values ");
      List<Object> values = new ArrayList<>(chunk.size() * 3);
      for (Map.Entry<String, Integer> row : chunk) {
        sql.append(values.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
        values.add(article.getId());
        values.add(row.getKey());
        values.add(row.getValue());
      }
      jdbc.update(sql.toString(), values.toArray());
    }
  }

  void remove(long articleId) {
    jdbc.update("delete from gd_kb_term where article_id = ?", articleId);
  }

  /** For each of the terms that some article contains: how many articles contain it. */
  Map<String, Long> articleCounts(Collection<String> terms) {
    Map<String, Long> counts = new HashMap<>();
    List<String> all = new ArrayList<>(terms);
    for (int from = 0; from < all.size(); from += TERMS_PER_QUERY) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + TERMS_PER_QUERY));
      named.query("select term, count(*) as articles from gd_kb_term where term in (:terms) group by term",
          new MapSqlParameterSource("terms", chunk),
          row -> {
            counts.put(row.getString("term"), row.getLong("articles"));
          });
    }
    return counts;
  }
}
