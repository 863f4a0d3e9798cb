package com.griddesk.survey;

/**
 * A customer's survey answer as their phone sends it: the token from their link, a score 1-5 (a JSON integer)
 * and an optional comment. Typed loosely, so that a wrong type is answered with a field error.
 */
public record SurveyAnswer(Object token, Object score, Object comment) {}
