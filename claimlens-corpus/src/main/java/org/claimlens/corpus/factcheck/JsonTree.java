package org.claimlens.corpus.factcheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal JSON tree over jackson-core's streaming parser (jackson-databind is not a dependency of
 * this module): objects become {@code Map<String, Object>} in key order, arrays {@code
 * List<Object>}, and scalars {@code String}, {@code Boolean} or the number's text as a {@code
 * Number}. JSON {@code null}s are dropped, from objects and arrays alike, since every reader here
 * treats a null field as an absent one.
 */
final class JsonTree {
  static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonTree() {}

  /** Reads the value starting at the parser's current token. */
  static @Nullable Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          Object v = value(p);
          if (v != null) {
            m.put(key, v);
          }
        }
        yield m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Object v = value(p);
          if (v != null) {
            l.add(v);
          }
        }
        yield l;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected JSON token " + t);
    };
  }

  /**
   * Parses {@code text} as exactly one JSON value (trailing content is an error); null for {@code
   * null}.
   */
  static @Nullable Object parse(String text) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      p.nextToken();
      Object v = value(p);
      if (p.nextToken() != null) {
        throw new JsonParseException(p, "unexpected content after the JSON value");
      }
      return v;
    }
  }

  /**
   * A scalar as text ({@code 4} for the number 4); null for a missing field, an object or array.
   */
  static @Nullable String text(Map<?, ?> object, String key) {
    Object v = object.get(key);
    if (v instanceof String s) {
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return null;
  }
}
