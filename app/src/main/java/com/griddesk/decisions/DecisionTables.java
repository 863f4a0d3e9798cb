package com.griddesk.decisions;

import com.griddesk.security.SystemAccess;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates GridDesk's own decision tables (the routing table, the SLA policy) and remembers their answers.
 *
 * <p>Why: a table is a pure function of its inputs (none of ours reads the time), and evaluating our larger
 * tables rule by rule in FEEL took about 40 % of an intake's CPU (docs/benchmarks.md). So each deployed version
 * answers each combination of inputs once per node. The latest version is looked up on every call, so a table a
 * process owner deploys applies to the next case at once. These evaluations are standalone, not part of any
 * process instance, so the engine's decision history of them (kept once per version and inputs) belonged to no
 * case anyway; what a case was given is on the case: its group, priority and clocks.
 *
 * <p>GridDesk's tables are its own policy: they are read without the user's engine permissions.
 */
@Component
public class DecisionTables {

  /** Far more than the combinations our tables see; a bound in case a table's inputs grow unbounded. */
  static final int MAX_REMEMBERED = 20_000;

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final SystemAccess systemAccess;
  private final Map<Question, Optional<Map<String, Object>>> answers = new ConcurrentHashMap<>();

  public DecisionTables(DecisionService decisionService, RepositoryService repositoryService,
      SystemAccess systemAccess) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
    this.systemAccess = systemAccess;
  }

  /**
   * The first matching rule's outputs (by output name; a value may be null) of the latest version of the table
   * {@code decisionKey} for these inputs, or empty when no rule matches.
   */
  public Optional<Map<String, Object>> firstResult(String decisionKey, Map<String, ?> inputs) {
    return systemAccess.call(() -> {
      DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
          .decisionDefinitionKey(decisionKey).latestVersion().withoutTenantId().singleResult();
      if (latest == null) {
        throw new IllegalStateException("no decision table " + decisionKey + " is deployed");
      }
      Question question = new Question(latest.getId(), Collections.unmodifiableMap(new HashMap<>(inputs)));
      Optional<Map<String, Object>> known = answers.get(question);
      if (known != null) {
        return known;
      }
      Optional<Map<String, Object>> answer = evaluate(question);
      if (answers.size() >= MAX_REMEMBERED) {
        answers.clear();
      }
      answers.put(question, answer);
      return answer;
    });
  }

  private Optional<Map<String, Object>> evaluate(Question question) {
    DmnDecisionRuleResult rule = decisionService
        .evaluateDecisionTableById(question.definitionId(), Variables.fromMap(new HashMap<>(question.inputs())))
        .getFirstResult();
    return rule == null ? Optional.empty() : Optional.of(Collections.unmodifiableMap(new HashMap<>(rule.getEntryMap())));
  }

  /** One deployed version of a table and the inputs it was asked about. */
  private record Question(String definitionId, Map<String, Object> inputs) {}
}
