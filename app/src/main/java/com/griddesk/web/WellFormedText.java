package com.griddesk.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Refuses JSON text that is not text: a lone surrogate, as "\ud800" or as invalid UTF-8 bytes that Jackson decodes
 * into one. No character is stored as it (MySQL's driver writes a "?" instead), so the request is a 400 that names
 * the field, like any other invalid value. Spring Boot adds this module to the application's ObjectMapper.
 */
@Component
public class WellFormedText extends SimpleModule {

  static final String PROBLEM = "含有无效字符";

  public WellFormedText() {
    super("griddesk-well-formed-text");
    addDeserializer(String.class, new Deserializer());
  }

  /** Whether every surrogate in the text is half of a pair. */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static final class Deserializer extends StdScalarDeserializer<String> {

    Deserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && !isWellFormed(text)) {
        throw InvalidFormatException.from(parser, PROBLEM, text, String.class);
      }
      return text;
    }
  }
}
