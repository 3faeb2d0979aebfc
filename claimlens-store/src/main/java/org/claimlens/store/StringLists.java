package org.claimlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of strings in one text column, as a JSON array: any string survives, unlike a separator.
 */
final class StringLists {
  private static final JsonFactory JSON = new JsonFactory();

  private StringLists() {}

  static String encode(List<String> values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new StoreException("cannot encode a string list", e);
    }
    return out.toString();
  }

  static List<String> decode(String json, String where) {
    List<String> values = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new StoreException(where + ": expected a JSON array of strings, got " + json);
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          throw new StoreException(where + ": expected a JSON array of strings, got " + json);
        }
        values.add(p.getText());
      }
    } catch (IOException e) {
      throw new StoreException(where + ": corrupt string list " + json, e);
    }
    return List.copyOf(values);
  }
}
