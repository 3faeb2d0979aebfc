package org.claimlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Telegram Desktop chat export ({@code result.json}, "Export chat history" in JSON) one
 * message at a time with jackson-core's streaming parser, so that an export of a million messages
 * needs no more memory than one message.
 *
 * <p>The export is an object {@code {"name", "type", "id", "messages": [...]}}. Each message of
 * {@code "type": "message"} with non-blank text becomes a document; service messages (joins, pins,
 * calls) and messages with only media are skipped silently. A message's {@code text} is a string or
 * an array mixing strings and entity objects ({@code {"type": "bold", "text": "..."}}, {@code
 * {"type": "text_link", "text": "...", "href": "..."}}): the strings and the entities' {@code text}
 * are concatenated, without link targets; {@code text_entities} is the fallback when {@code text}
 * is empty.
 *
 * <ul>
 *   <li>id and URL: {@code https://t.me/USERNAME/ID} when the export has a top-level {@code
 *       username} (Telegram's own exports do not; some tools add it), else the id is {@code
 *       telegram:CHAT_ID/ID} and there is no URL;
 *   <li>outlet: the chat's {@code name};
 *   <li>published: {@code date_unixtime} as an instant ({@code 2024-03-01T10:34:56Z}), which is
 *       exact, else {@code date} as written ({@code 2024-03-01T12:34:56}, the exporting machine's
 *       local time);
 *   <li>title: {@code Forwarded from NAME} for a forwarded message (from {@code forwarded_from}),
 *       else none: channel posts have no headline;
 *   <li>source: {@code FILE#ID}.
 * </ul>
 *
 * <p>Broken JSON (a truncated export, say) ends the reading with one {@link
 * InputProblem.Severity#ERROR} naming the line and column; the messages before it have already been
 * given to the sink. Stateless and thread-safe.
 */
final class TelegramReader {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Chat types Telegram Desktop writes at the top of a chat export. */
  private static final Set<String> CHAT_TYPES =
      Set.of(
          "personal_chat",
          "bot_chat",
          "saved_messages",
          "replies",
          "verification_codes",
          "private_group",
          "private_supergroup",
          "public_supergroup",
          "private_channel",
          "public_channel");

  private static final int MAX_REASON = 120;

  /** The chat fields that come before {@code messages}. */
  private static final class Chat {
    @Nullable String name;
    @Nullable String type;
    @Nullable String id;
    @Nullable String username;
  }

  /** The fields of one message that this reader uses. */
  private static final class Message {
    @Nullable String id;
    @Nullable String type;
    @Nullable String date;
    @Nullable String unixtime;
    @Nullable String forwardedFrom;
    final StringBuilder text = new StringBuilder();
    final StringBuilder entities = new StringBuilder();
  }

  /**
   * Whether {@code head}, the first bytes of a JSON file, opens a Telegram chat export: a {@code
   * messages} array after a {@code type} naming a chat type. Tolerates a head cut anywhere.
   */
  static boolean looksLikeExport(byte[] head) {
    try (JsonParser p = JSON.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean chatType = false;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
          chatType = CHAT_TYPES.contains(p.getText());
        } else if ("messages".equals(field)) {
          return chatType && value == JsonToken.START_ARRAY;
        } else {
          p.skipChildren();
        }
      }
      return false;
    } catch (IOException e) {
      return false; // the head ended or broke before "messages"
    }
  }

  /**
   * Streams the messages of the export in {@code in} to {@code sink} in file order; returns the
   * problems. Does not close {@code in}.
   *
   * @param name the file as the user named it
   * @param stem the file name without extension, the chat id's fallback
   * @param maxChars the longest message text kept; longer ones are skipped with an error
   */
  List<InputProblem> read(
      String name, String stem, InputStream in, long maxChars, Consumer<Document> sink) {
    List<InputProblem> problems = new ArrayList<>();
    Chat chat = new Chat();
    IdAllocator ids = new IdAllocator();
    int read = 0;
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return List.of(InputProblem.error(name, "not a Telegram export (not a JSON object)"));
      }
      boolean sawMessages = false;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = String.valueOf(p.currentName());
        JsonToken value = p.nextToken();
        switch (field) {
          case "name" -> chat.name = JsonlReader.scalar(p, value);
          case "type" -> chat.type = JsonlReader.scalar(p, value);
          case "id" -> chat.id = JsonlReader.scalar(p, value);
          case "username" -> chat.username = JsonlReader.scalar(p, value);
          case "messages" -> {
            if (value != JsonToken.START_ARRAY) {
              return List.of(InputProblem.error(name, "\"messages\" is not an array"));
            }
            sawMessages = true;
            for (JsonToken m = p.nextToken(); m != JsonToken.END_ARRAY; m = p.nextToken()) {
              if (m != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
              }
              Message message = message(p);
              Document doc = document(name, stem, chat, message, ids, maxChars, problems);
              if (doc != null) {
                sink.accept(doc);
                read++;
              }
            }
          }
          default -> p.skipChildren();
        }
      }
      if (!sawMessages) {
        problems.add(InputProblem.error(name, "not a Telegram export (no \"messages\" array)"));
      }
    } catch (JsonProcessingException e) {
      problems.add(InputProblem.error(name, brokenJson(e, read)));
    } catch (IOException e) {
      problems.add(
          InputProblem.error(name, "cannot read (" + e.getMessage() + ")" + afterMessages(read)));
    }
    return problems;
  }

  private static Message message(JsonParser p) throws IOException {
    Message m = new Message();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = String.valueOf(p.currentName());
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> m.id = JsonlReader.scalar(p, value);
        case "type" -> m.type = JsonlReader.scalar(p, value);
        case "date" -> m.date = JsonlReader.scalar(p, value);
        case "date_unixtime" -> m.unixtime = JsonlReader.scalar(p, value);
        case "forwarded_from" -> m.forwardedFrom = JsonlReader.scalar(p, value);
        case "text" -> text(p, value, m.text);
        case "text_entities" -> text(p, value, m.entities);
        default -> p.skipChildren();
      }
    }
    return m;
  }

  /** Appends a text value: a string, or an array of strings and {@code {"text": …}} objects. */
  private static void text(JsonParser p, JsonToken value, StringBuilder out) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      out.append(p.getText());
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING) {
        out.append(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String field = p.currentName();
          JsonToken v = p.nextToken();
          if ("text".equals(field) && v == JsonToken.VALUE_STRING) {
            out.append(p.getText());
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static @Nullable Document document(
      String name,
      String stem,
      Chat chat,
      Message m,
      IdAllocator ids,
      long maxChars,
      List<InputProblem> problems) {
    if (!"message".equals(m.type)) {
      return null; // service messages: "joined", "pinned", calls
    }
    String raw = m.text.toString().isBlank() ? m.entities.toString() : m.text.toString();
    String text = TextDecoder.normaliseNewlines(raw).strip();
    if (text.isEmpty()) {
      return null; // a photo, sticker or poll without a caption
    }
    String messageId = m.id != null ? m.id : "?";
    String source = name + "#" + messageId;
    if (text.length() > maxChars) {
      problems.add(
          InputProblem.error(
              source, "message of " + text.length() + " characters is over the limit"));
      return null;
    }
    String url = null;
    String id;
    if (chat.username != null && !chat.username.isBlank() && m.id != null) {
      url = "https://t.me/" + chat.username.strip().replaceFirst("^@", "") + "/" + m.id;
      id = url;
    } else {
      id = "telegram:" + (chat.id != null ? chat.id : stem) + "/" + messageId;
    }
    String title =
        m.forwardedFrom == null || m.forwardedFrom.isBlank()
            ? null
            : "Forwarded from " + m.forwardedFrom.strip();
    Metadata metadata = new Metadata(title, url, chat.name, published(m), source);
    return Document.of(ids.allocate(id), text, metadata);
  }

  private static @Nullable String published(Message m) {
    if (m.unixtime != null) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(m.unixtime.strip())).toString();
      } catch (NumberFormatException | DateTimeException e) {
        // fall back to the local date
      }
    }
    if (m.date != null) {
      try {
        LocalDateTime.parse(m.date.strip()); // only to check that it is ISO
        return m.date.strip();
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String brokenJson(JsonProcessingException e, int read) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ").strip();
    int cut = message.indexOf(" (start marker at");
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    if (message.length() > MAX_REASON) {
      message = message.substring(0, MAX_REASON - 1) + "…";
    }
    return "invalid JSON" + where + " (" + message + ")" + afterMessages(read);
  }

  private static String afterMessages(int read) {
    return read == 0
        ? ""
        : "; the "
            + read
            + (read == 1 ? " message before it was kept" : " messages before it were kept");
  }
}
