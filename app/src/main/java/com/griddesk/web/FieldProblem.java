package com.griddesk.web;

/** One invalid field of a request, named by its JSON path (e.g. customer.phone). */
public record FieldProblem(String field, String message) {}
