package com.griddesk.knowledge;

import com.griddesk.sla.BusinessClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the knowledge base, for the API and for processes (a consultation looks up the customer's
 * question). The question is split into terms as articles are ({@link KnowledgeTerms}); articles valid on the day
 * and holding in the service area are ranked by the weighted number of distinct question terms they contain
 * (title over tags over body), newest first among equals. One GROUP BY over gd_kb_term, the same on H2 and
 * MySQL/MariaDB.
 */
@Service
public class KnowledgeSearch {

  /** Most hits one search returns. */
  public static final int MAX_LIMIT = 50;
  /**
   * Most terms one search looks up. A short question has fewer; a customer's long complaint has hundreds, most
   * of them chance pairs across word boundaries (费我, 了三). See {@link #searchTerms}.
   */
  static final int MAX_TERMS = 64;
  /** Only the beginning of a very long text is read. */
  static final int MAX_TEXT = 4000;

  private final NamedParameterJdbcTemplate jdbc;
  private final KnowledgeIndex index;
  private final KnowledgeArticleRepository articles;
  private final BusinessClock clock;

  public KnowledgeSearch(NamedParameterJdbcTemplate jdbc, KnowledgeIndex index, KnowledgeArticleRepository articles,
      BusinessClock clock) {
    this.jdbc = jdbc;
    this.index = index;
    this.articles = articles;
    this.clock = clock;
  }

  /** As {@link #search(String, String, LocalDate, int)}, for today in the service centre's time zone. */
  @Transactional(readOnly = true)
  public List<KnowledgeHit> search(String text, String serviceArea, int limit) {
    return search(text, serviceArea, null, limit);
  }

  /**
   * The articles that best answer the text, best first.
   *
   * @param text a search query or a customer's whole question, any length (only its first 4000 characters are
   *     read); null, blank or punctuation only finds nothing
   * @param serviceArea the customer's supply office (e.g. XC): articles for every area and for this one; null
   *     searches the articles of all areas
   * @param on the day the articles must be valid on; null means today (Asia/Shanghai, the business clock)
   * @param limit 1 to {@value #MAX_LIMIT} hits
   */
  @Transactional(readOnly = true)
  public List<KnowledgeHit> search(String text, String serviceArea, LocalDate on, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
    }
    List<String> terms = searchTerms(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    LocalDate day = on != null ? on : today();
    MapSqlParameterSource parameters = new MapSqlParameterSource()
        .addValue("terms", terms).addValue("day", day).addValue("limit", limit);
    String areaFilter = "";
    if (serviceArea != null) {
      areaFilter = "and (a.service_area is null or a.service_area = :area)";
      parameters.addValue("area", serviceArea);
    }
    String sql = """
        select t.article_id, sum(t.weight) as score
        from gd_kb_term t join gd_kb_article a on a.id = t.article_id
        where t.term in (:terms)
          and a.valid_from <= :day and (a.valid_to is null or a.valid_to >= :day)
          %s
        group by t.article_id, a.updated_at
        order by score desc, a.updated_at desc, t.article_id desc
        limit :limit""".formatted(areaFilter);
    List<long[]> ranked = jdbc.query(sql, parameters,
        (row, i) -> new long[] {row.getLong("article_id"), row.getLong("score")});
    Map<Long, KnowledgeArticle> found = articles.findAllById(ranked.stream().map(r -> r[0]).toList()).stream()
        .collect(Collectors.toMap(KnowledgeArticle::getId, Function.identity()));
    List<KnowledgeHit> hits = new ArrayList<>();
    for (long[] row : ranked) {
      KnowledgeArticle article = found.get(row[0]);
      if (article != null) {
        hits.add(new KnowledgeHit(article.getId(), article.getTitle(), Snippet.of(article.getBody(), terms),
            article.getTags(), article.getServiceArea(), (int) row[1]));
      }
    }
    return hits;
  }

  /** Today in the service centre's time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), clock.zone());
  }

  /**
   * The terms a text is searched by. Up to {@value #MAX_TERMS} distinct terms, all of them. Beyond that (a long
   * question), terms no article contains are dropped, and of the rest those the text repeats most are kept (a
   * customer repeats what the question is about), then those fewer articles contain (they tell articles apart),
   * then those that come first.
   */
  List<String> searchTerms(String text) {
    if (text == null) {
      return List.of();
    }
    String read = text;
    if (read.length() > MAX_TEXT) {
      int end = Character.isHighSurrogate(read.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
      read = read.substring(0, end);
    }
    Map<String, Integer> counts = KnowledgeTerms.forQuery(read);
    if (counts.size() <= MAX_TERMS) {
      return List.copyOf(counts.keySet());
    }
    Map<String, Long> articleCounts = index.articleCounts(counts.keySet());
    return counts.keySet().stream()
        .filter(articleCounts::containsKey)
        .sorted(Comparator.comparing((String term) -> counts.get(term)).reversed()
            .thenComparing(articleCounts::get))
        .limit(MAX_TERMS)
        .toList();
  }
}
