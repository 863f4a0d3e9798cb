package com.griddesk.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GridDesk's Chinese translations of the Camunda webapps keep up with the English ones shipped in the Camunda
 * webjar: every label translated, the same {{placeholders}}. A Camunda upgrade that adds labels fails here.
 */
class ChineseLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyEnglishLabelIsTranslated(String app) throws IOException {
    JsonNode english = read(APPS + app + "/locales/en.json");
    JsonNode chinese = read(APPS + app + "/locales/zh.json");

    assertThat(fieldNames(chinese.path("labels"))).isEqualTo(fieldNames(english.path("labels")));
    assertThat(fieldNames(chinese.path("dateLocales"))).isEqualTo(fieldNames(english.path("dateLocales")));
    Map<String, List<String>> englishPlaceholders = new TreeMap<>();
    Map<String, List<String>> chinesePlaceholders = new TreeMap<>();
    english.path("labels").properties().forEach(label -> {
      englishPlaceholders.put(label.getKey(), placeholders(label.getValue().asText()));
      chinesePlaceholders.put(label.getKey(), placeholders(chinese.path("labels").path(label.getKey()).asText()));
    });
    assertThat(chinesePlaceholders).isEqualTo(englishPlaceholders);
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = ChineseLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }
}
