package com.griddesk.casepage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The words the task forms (forms/*.form) use for the values staff submit: a field's label (contactNote → 联系情况)
 * and, for choices, each option's label (reviewDecision APPROVE → 通过). Read once from the forms GridDesk deploys,
 * so that the case page says what the form said; where two forms label one field differently, the first form by
 * file name wins.
 */
@Component
public class FormFieldLabels {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> options = new HashMap<>();

  public FormFieldLabels(ObjectMapper json) {
    try {
      Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
      Arrays.sort(forms, Comparator.comparing(form -> String.valueOf(form.getFilename())));
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          read(json.readTree(in).path("components"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the task forms could not be read", e);
    }
  }

  /** The field's label, or its name when no form has it. */
  public String label(String field) {
    return labels.getOrDefault(field, field);
  }

  /** The option's label for a choice field, or the value itself as text. */
  public String value(String field, Object value) {
    String text = String.valueOf(value);
    return options.getOrDefault(field, Map.of()).getOrDefault(text, text);
  }

  private void read(JsonNode components) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && component.hasNonNull("label")) {
        labels.putIfAbsent(key, component.path("label").asText());
        for (JsonNode option : component.path("values")) {
          options.computeIfAbsent(key, field -> new HashMap<>())
              .putIfAbsent(option.path("value").asText(), option.path("label").asText());
        }
      }
      read(component.path("components"));
    }
  }
}
