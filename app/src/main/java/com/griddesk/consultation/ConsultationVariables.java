package com.griddesk.consultation;

/**
 * Process variables of processes/consultation.bpmn. The question itself stays in the case record: only what the
 * knowledge base found (ids and titles) and what agents enter become variables.
 */
public final class ConsultationVariables {

  /** How many articles were suggested; the model's gateway sends a consultation without any to a person. */
  public static final String SUGGESTION_COUNT = "suggestionCount";
  /** The suggested article ids, best first, joined by commas: "3,1,8". */
  public static final String SUGGESTED_ARTICLE_IDS = "suggestedArticleIds";
  /** Markdown list of the suggested articles with links to GET /api/knowledge/{id}, for the task forms. */
  public static final String SUGGESTED_ARTICLES = "suggestedArticles";
  /**
   * The suggestions as "id:title" joined by ";" (titles with ";" get a full-width "；"), which the form's select
   * turns into its options with a FEEL expression: Camunda Forms read list options only from JSON variables, and
   * the engine has no JSON variable type without the Spin plugin.
   */
  public static final String SUGGESTED_ARTICLE_CHOICES = "suggestedArticleChoices";
  /** The agent's decision on 知识库答复: {@link #ANSWERED} or {@link #TO_PERSON}. */
  public static final String KNOWLEDGE_DECISION = "knowledgeDecision";
  public static final String ANSWERED = "ANSWERED";
  public static final String TO_PERSON = "TO_PERSON";
  /** The article marked as the answer (a number, or its digits as text from a form). */
  public static final String ANSWER_ARTICLE_ID = "answerArticleId";
  /** The person's answer on 人工答复. */
  public static final String REPLY_TEXT = "replyText";

  /** The message a channel system's POST /api/cases/{caseNo}/self-served correlates to 知识库答复. */
  public static final String SELF_SERVED_MESSAGE = "consultationSelfServed";

  private ConsultationVariables() {}
}
