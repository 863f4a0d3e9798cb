package com.griddesk.knowledge;

import java.util.List;

/**
 * An article found by {@link KnowledgeSearch}: its id (GET /api/knowledge/{id} has the whole text), title, a
 * plain-text extract of the body around the first match, tags, its service area (null: every area), and its
 * score, the weighted number of the question's distinct terms it contains (title 3, tags 2, body 1 each).
 */
public record KnowledgeHit(long id, String title, String snippet, List<String> tags, String serviceArea, int score) {}
