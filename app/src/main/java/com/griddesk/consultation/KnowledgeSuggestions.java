package com.griddesk.consultation;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.knowledge.KnowledgeHit;
import com.griddesk.knowledge.KnowledgeSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Looks a consultation's question up in the knowledge base (service task 检索知识库), keeps the suggestions on the
 * case and hands them to the task forms as variables. Called from BPMN as {@code ${knowledgeSuggestions...}}.
 */
@Component("knowledgeSuggestions")
public class KnowledgeSuggestions {

  /** Most articles suggested: an agent reads them while the customer waits. */
  static final int LIMIT = 5;
  /**
   * Least score of a suggestion: one title or tag term, or two body terms. A single shared body bigram of a long
   * question is mostly chance (两个字 across word boundaries) and would keep the customer from a person.
   */
  static final int MIN_SCORE = 2;

  private final ProcessCases processCases;
  private final KnowledgeSearch search;
  private final ConsultationSuggestionRepository suggestions;

  public KnowledgeSuggestions(ProcessCases processCases, KnowledgeSearch search,
      ConsultationSuggestionRepository suggestions) {
    this.processCases = processCases;
    this.search = search;
    this.suggestions = suggestions;
  }

  public void suggest(DelegateExecution execution) {
    ServiceCase serviceCase = processCases.of(execution);
    // Subject and description are the question; they are searched here, never copied into variables.
    String question = serviceCase.getSubject() + "\n" + serviceCase.getDescription();
    List<KnowledgeHit> hits = search.search(question, serviceCase.getServiceArea(), LIMIT).stream()
        .filter(hit -> hit.score() >= MIN_SCORE).toList();
    List<ConsultationSuggestion> kept = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      kept.add(new ConsultationSuggestion(serviceCase.getId(), i + 1, hits.get(i).id(), hits.get(i).title()));
    }
    suggestions.saveAll(kept);
    execution.setVariable(ConsultationVariables.SUGGESTION_COUNT, hits.size());
    execution.setVariable(ConsultationVariables.SUGGESTED_ARTICLE_IDS,
        hits.stream().map(hit -> String.valueOf(hit.id())).collect(Collectors.joining(",")));
    execution.setVariable(ConsultationVariables.SUGGESTED_ARTICLES, markdown(hits));
    execution.setVariable(ConsultationVariables.SUGGESTED_ARTICLE_CHOICES,
        hits.stream().map(hit -> hit.id() + ":" + hit.title().replace(';', '；')).collect(Collectors.joining(";")));
  }

  /** "1. [title](/api/knowledge/3)（编号 3）" and the extract below it; text from articles is escaped. */
  static String markdown(List<KnowledgeHit> hits) {
    if (hits.isEmpty()) {
      return "知识库中没有找到相关文章。";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < hits.size(); i++) {
      KnowledgeHit hit = hits.get(i);
      text.append(i + 1).append(". [").append(escape(hit.title())).append("](/api/knowledge/").append(hit.id())
          .append(")（编号 ").append(hit.id()).append("）");
      if (hit.snippet() != null && !hit.snippet().isBlank()) {
        text.append("  \n   ").append(escape(hit.snippet().replaceAll("\\s+", " ").strip()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Markdown's punctuation as literal characters, and no HTML. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>~])", "\\\\$1");
  }
}
