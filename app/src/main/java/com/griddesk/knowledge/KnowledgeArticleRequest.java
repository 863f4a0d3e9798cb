package com.griddesk.knowledge;

import java.util.List;

/**
 * An editor's article, as POST and PUT /api/knowledge receive it; strings, so that every bad field can be named.
 * {@code version} is the version the editor changed (required by PUT, ignored by POST).
 */
public record KnowledgeArticleRequest(String title, String body, List<String> tags, String serviceArea,
    String validFrom, String validTo, Integer version) {}
