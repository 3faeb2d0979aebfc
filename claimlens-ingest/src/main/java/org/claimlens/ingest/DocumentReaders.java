package org.claimlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an {@link InputFile} into documents, choosing the reader by extension: {@code .txt .text
 * .md} as text, {@code .html .htm .xhtml} as HTML, {@code .jsonl .ndjson} as JSON Lines. Other
 * files and stdin are sniffed: a leading {@code {} means JSON Lines, a leading {@code <} HTML,
 * anything else text.
 *
 * <p>Before any reader runs, an input is checked in this order, and skipped with an {@link
 * InputProblem.Severity#ERROR} if it fails:
 *
 * <ol>
 *   <li>size: over {@link ReaderOptions#maxBytes()} ({@code 7.3 MB is over the 5.0 MB limit
 *       (--max-bytes)}); a file's size is checked before it is read, and stdin is read only up to
 *       one byte past the limit;
 *   <li>empty or only whitespace: {@code empty file};
 *   <li>binary: a known magic number (PDF, ZIP, PNG, JPEG, GZIP…), a NUL byte in the first 8 KB,
 *       or more than 10% control characters other than tab, newline, carriage return and form
 *       feed.
 * </ol>
 *
 * <p>{@link #read(InputFile)} never throws for bad content or an unreadable file: I/O errors come
 * back as errors naming the file. Document ids are the file name without its extension ({@code
 * wire-kyiv.txt} gives {@code wire-kyiv}), {@code stdin} for stdin; JSON Lines documents take
 * their {@code id} field or {@code STEM-LINE}. Two files with the same name in different folders
 * get the same id; callers that need unique ids must add the folder.
 *
 * <p>Thread-safe for files; stdin can of course be read only once. Example:
 *
 * <pre>{@code
 * DocumentReaders readers = new DocumentReaders(ReaderOptions.defaults());
 * for (InputFile f : InputWalker.expand(args).files()) {
 *   ReadResult r = readers.read(f);
 *   r.problems().forEach(p -> err.println(p.message()));
 *   r.documents().forEach(pipeline::process);
 * }
 * }</pre>
 */
public final class DocumentReaders {
  private static final String STDIN_STEM = "stdin";

  private final ReaderOptions options;
  private final InputStream stdin;
  private final TextReader text = new TextReader();
  private final HtmlReader html = new HtmlReader();
  private final JsonlReader jsonl = new JsonlReader();

  /** Readers that take stdin from {@link System#in}. */
  public DocumentReaders(ReaderOptions options) {
    this(options, System.in);
  }

  /** Readers that take stdin from {@code stdin}, which they never close. */
  public DocumentReaders(ReaderOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  public ReaderOptions options() {
    return options;
  }

  /** Reads {@code file}; problems, including I/O errors, come back in the result. */
  public ReadResult read(InputFile file) {
    Objects.requireNonNull(file, "file");
    String name = file.displayName();
    Path path = file.path();
    byte[] bytes;
    try {
      if (path == null) {
        bytes = stdin.readNBytes(Math.toIntExact(options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
          return ReadResult.skipped(InputProblem.error(name, "stdin is " + overLimit()));
        }
      } else {
        Optional<String> unreadable = checkFile(path);
        if (unreadable.isPresent()) {
          return ReadResult.skipped(InputProblem.error(name, unreadable.get()));
        }
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
        }
      }
    } catch (NoSuchFileException e) {
      return ReadResult.skipped(InputProblem.error(name, "no such file or directory"));
    } catch (AccessDeniedException e) {
      return ReadResult.skipped(InputProblem.error(name, "permission denied"));
    } catch (IOException e) {
      return ReadResult.skipped(InputProblem.error(name, "cannot read (" + e.getMessage() + ")"));
    }
    return read(name, bytes, file.isStdin() ? STDIN_STEM : stem(name));
  }

  /**
   * Reads content that is already in memory (an upload, say) as if it were the file {@code
   * displayName}: its extension picks the reader and its name gives the document id. The same
   * checks apply as for files.
   */
  public ReadResult read(String displayName, byte[] content) {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(content, "content");
    return read(
        displayName,
        content,
        displayName.equals(InputFile.STDIN_NAME) ? STDIN_STEM : stem(displayName));
  }

  private ReadResult read(String name, byte[] bytes, String stem) {
    if (bytes.length > options.maxBytes()) {
      return ReadResult.skipped(
          InputProblem.error(name, size(bytes.length) + " is " + overLimit()));
    }
    if (BinaryDetector.isBlank(bytes)) {
      return ReadResult.skipped(InputProblem.error(name, "empty file"));
    }
    Optional<String> binary = BinaryDetector.binaryReason(bytes);
    if (binary.isPresent()) {
      return ReadResult.skipped(InputProblem.error(name, binary.get()));
    }
    InputFormat format = name.equals(InputFile.STDIN_NAME) ? null : InputFormat.byExtension(name);
    if (format == null) {
      format = InputFormat.sniff(bytes);
    }
    RawInput in = new RawInput(name, stem, bytes);
    return switch (format) {
      case TEXT -> text.read(in);
      case HTML -> html.read(in);
      case JSONL -> jsonl.read(in);
    };
  }

  /** Why a file cannot be read, checked before any byte is: not a file, or too big. */
  private Optional<String> checkFile(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return Optional.of("is a directory");
    }
    if (!attributes.isRegularFile()) {
      return Optional.of("not a regular file");
    }
    if (attributes.size() > options.maxBytes()) {
      return Optional.of(size(attributes.size()) + " is " + overLimit());
    }
    return Optional.empty();
  }

  private String overLimit() {
    return "over the " + size(options.maxBytes()) + " limit (--max-bytes)";
  }

  /** {@code 812 bytes}, {@code 14.2 KB}, {@code 7.3 MB}, {@code 1.1 GB}, in binary units. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    String[] units = {"KB", "MB", "GB"};
    double value = bytes / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** The file name without folders and without its last extension: the document id. */
  static String stem(String displayName) {
    String name = displayName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "document" : stem; // a name like "notes/" has no file name to use
  }
}
