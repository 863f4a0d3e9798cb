package com.griddesk.knowledge;

import java.time.LocalDate;
import java.util.List;

/** The answer of GET /api/knowledge: the day the articles are valid on, and the hits, best first. */
public record KnowledgeSearchResult(LocalDate on, List<KnowledgeHit> items) {}
