package org.claimlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines: one object per line, {@code {"id", "text", "title", "url", "outlet",
 * "published"}}, of which only a non-blank string {@code text} is required. Other fields are
 * ignored.
 *
 * <p>A broken line (not JSON, not an object, no text) is an {@link InputProblem.Severity#ERROR}
 * named {@code file.jsonl:LINE}; the other lines are still read. Blank lines are skipped. Each
 * document's id is its {@code id} field, else {@code STEM-LINE} ({@code feed-3}); its source file
 * is {@code file.jsonl:LINE}. CRLF in the text becomes LF. {@code published} is kept as given when
 * it is already ISO-8601, else normalised by {@link DateExtractor}, else dropped with a warning.
 *
 * <p>Uses jackson-core's streaming parser only. Stateless and thread-safe.
 */
final class JsonlReader {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final int MAX_REASON = 100;

  /** Why one line was skipped. */
  private static final class BadLine extends Exception {
    BadLine(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The fields of one line that this reader uses. */
  private static final class Fields {
    @Nullable String id;
    @Nullable String text;
    @Nullable String title;
    @Nullable String url;
    @Nullable String outlet;
    @Nullable String published;
  }

  ReadResult read(RawInput in) {
    TextDecoder.Decoded decoded = TextDecoder.decode(in.bytes(), StandardCharsets.UTF_8);
    List<InputProblem> problems = new ArrayList<>();
    decoded.warning(in.displayName()).ifPresent(problems::add);
    List<Document> documents = new ArrayList<>();
    String[] lines = LINE_BREAK.split(decoded.text(), -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      String where = in.displayName() + ":" + lineNumber;
      Fields f;
      try {
        f = parse(lines[i]);
      } catch (BadLine e) {
        problems.add(InputProblem.error(where, String.valueOf(e.getMessage())));
        continue;
      }
      String published = null;
      if (f.published != null && !f.published.isBlank()) {
        if (DateExtractor.isIsoLooking(f.published)) {
          published = f.published.strip();
        } else {
          Optional<String> parsed = DateExtractor.parse(f.published);
          if (parsed.isPresent()) {
            published = parsed.get();
          } else {
            problems.add(
                InputProblem.warning(
                    where, "no date in \"published\" (" + shorten(f.published) + "); left empty"));
          }
        }
      }
      String id = f.id != null && !f.id.isBlank() ? f.id.strip() : in.idStem() + "-" + lineNumber;
      Metadata metadata =
          new Metadata(
              blankToNull(f.title), blankToNull(f.url), blankToNull(f.outlet), published, where);
      documents.add(
          Document.of(id, TextDecoder.normaliseNewlines(String.valueOf(f.text)), metadata));
    }
    if (documents.isEmpty() && problems.isEmpty()) {
      // Only blank lines, in an encoding the byte-level emptiness check cannot see (UTF-16).
      return ReadResult.skipped(InputProblem.error(in.displayName(), "empty file"));
    }
    return new ReadResult(documents, problems);
  }

  private static Fields parse(String line) throws BadLine {
    Fields f = new Fields();
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new BadLine(
            first == JsonToken.START_ARRAY ? "not a JSON object (an array)" : "not a JSON object");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = String.valueOf(p.currentName());
        JsonToken value = p.nextToken();
        switch (name) {
          case "text" -> {
            if (value == JsonToken.VALUE_STRING) {
              f.text = p.getText();
            } else if (value != JsonToken.VALUE_NULL) {
              throw new BadLine("\"text\" is not a string");
            }
          }
          case "id" -> f.id = scalar(p, value);
          case "title" -> f.title = scalar(p, value);
          case "url" -> f.url = scalar(p, value);
          case "outlet" -> f.outlet = scalar(p, value);
          case "published" -> f.published = scalar(p, value);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new BadLine("invalid JSON (more than one value on the line)");
      }
    } catch (JsonProcessingException e) {
      throw new BadLine("invalid JSON (" + shorten(String.valueOf(e.getOriginalMessage())) + ")");
    } catch (IOException e) {
      throw new BadLine("invalid JSON (" + shorten(String.valueOf(e.getMessage())) + ")");
    }
    if (f.text == null) {
      throw new BadLine("no \"text\" field");
    }
    if (f.text.isBlank()) {
      throw new BadLine("\"text\" is blank");
    }
    return f;
  }

  /** A string or number value as text; null for null, objects and arrays (which are skipped). */
  static @Nullable String scalar(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
      case START_OBJECT, START_ARRAY -> {
        p.skipChildren();
        yield null;
      }
      default -> null;
    };
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** One line, at most {@value #MAX_REASON} characters, without Jackson's location details. */
  private static String shorten(String message) {
    String s = message.replaceAll("\\s+", " ").strip();
    int at = s.indexOf(" (start marker at");
    if (at > 0) {
      s = s.substring(0, at);
    }
    return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
  }
}
