package org.claimlens.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the entity canonical names back out of a stored claimlens/1 JSON object. */
final class DocumentEntities {
  private static final JsonFactory JSON = new JsonFactory();

  private DocumentEntities() {}

  /**
   * The distinct {@code entities[].canonical} values of {@code json}, in order; empty when the
   * object has none or cannot be read (a stored object is written by claimlens, so that means a
   * damaged row, which must not stop a replay).
   */
  static Set<String> canonicalNames(String json) {
    Set<String> out = new LinkedHashSet<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("entities") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              JsonToken v = p.nextToken();
              if (f.equals("canonical") && v == JsonToken.VALUE_STRING) {
                out.add(p.getText());
              } else {
                p.skipChildren();
              }
            }
          }
          return out;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }
}
