package org.claimlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link InputFile} (a file, stdin or an http(s) URL) into documents.
 *
 * <p>The reader is chosen by extension, then by content (see {@link InputFormat}): {@code .txt
 * .text .md} text, {@code .html .htm .xhtml} HTML, {@code .jsonl .ndjson} JSON Lines, {@code .rss
 * .atom} (and any XML whose root is {@code rss}, {@code feed} or {@code RDF}) a feed, {@code .warc
 * .warc.gz} (and any content starting with a WARC header) a WARC file, and a JSON object opening a
 * Telegram chat export a Telegram export. Other files and stdin are sniffed: a leading <code>{
 * </code> means JSON Lines, a leading {@code <} HTML, anything else text. A URL is fetched behind
 * an SSRF guard (see {@link UrlFetcher}), then read as a feed when its XML root says so, else by
 * its Content-Type, else by sniffing.
 *
 * <p>Before any reader runs, an input is checked in this order, and skipped with an {@link
 * InputProblem.Severity#ERROR} if it fails:
 *
 * <ol>
 *   <li>size: over {@link ReaderOptions#maxBytes()} ({@code 7.3 MB is over the 5.0 MB limit
 *       (--max-bytes)}); a file's size is checked before it is read, and stdin is read only up to
 *       one byte past the limit. A file over the limit whose first 64 KB show a WARC file or a
 *       Telegram export is streamed instead: those are archives, limited per record or message;
 *   <li>empty or only whitespace: {@code empty file};
 *   <li>binary: a known magic number (PDF, ZIP, PNG, JPEG, GZIP…), a NUL byte in the first 8 KB, or
 *       more than 10% control characters other than tab, newline, carriage return and form feed. A
 *       gzipped WARC is not binary in this sense.
 * </ol>
 *
 * <p>{@link #read(InputFile)} never throws for bad content, an unreadable file or a failed fetch:
 * errors come back as problems naming the input.
 *
 * <p>Document ids are stable, so that reading the same input again gives the same ids: the file
 * name without its extension ({@code wire-kyiv.txt} gives {@code wire-kyiv}), {@code stdin} for
 * stdin, the URL as given for a fetched page; JSON Lines documents take their {@code id} field or
 * {@code STEM-LINE}; feed entries their link, else guid, else {@code STEM#N}; Telegram messages
 * {@code https://t.me/USER/ID} or {@code telegram:CHAT/ID}; WARC records their target URI. Two
 * files with the same name in different folders get the same id; callers that need unique ids must
 * add the folder. For a journal of inputs done, see {@link InputFile#sourceKey()}.
 *
 * <p>Thread-safe for files and URLs; stdin can of course be read only once. Example:
 *
 * <pre>{@code
 * DocumentReaders readers = new DocumentReaders(ReaderOptions.defaults());
 * for (InputFile f : InputWalker.expand(args).files()) {
 *   List<InputProblem> problems = readers.read(f, pipeline::process); // streams big archives
 *   problems.forEach(p -> err.println(p.message()));
 * }
 * }</pre>
 */
public final class DocumentReaders {
  private static final String STDIN_STEM = "stdin";
  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private final ReaderOptions options;
  private final InputStream stdin;
  private final TextReader text = new TextReader();
  private final HtmlReader html = new HtmlReader();
  private final JsonlReader jsonl = new JsonlReader();
  private final FeedReader feed = new FeedReader();
  private final TelegramReader telegram = new TelegramReader();
  private final WarcArchiveReader warc = new WarcArchiveReader();
  private @Nullable UrlFetcher fetcher; // made on the first URL: most runs read files only

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

  /**
   * Reads {@code file} into memory; problems, including I/O errors and failed fetches, come back in
   * the result. For a large WARC file or Telegram export prefer {@link #read(InputFile, Consumer)},
   * which does not hold all documents at once.
   */
  public ReadResult read(InputFile file) {
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems = read(file, documents::add);
    return new ReadResult(documents, problems);
  }

  /**
   * Reads {@code file}, handing each document to {@code sink} as soon as it is read, in input
   * order; returns the problems met, in order. WARC files and Telegram exports are streamed, so
   * memory stays bounded by one record or message. Never throws for bad input; an exception thrown
   * by {@code sink} propagates.
   */
  public List<InputProblem> read(InputFile file, Consumer<Document> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    String name = file.displayName();
    URI url = file.url();
    if (url != null) {
      return fetch(url, name, sink);
    }
    Path path = file.path();
    byte[] bytes;
    try {
      if (path == null) {
        bytes = stdin.readNBytes(Math.toIntExact(options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
          return List.of(InputProblem.error(name, "stdin is " + overLimit()));
        }
        return read(new Content(name, STDIN_STEM, bytes, null, null), sink);
      }
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return List.of(InputProblem.error(name, "is a directory"));
      }
      if (!attributes.isRegularFile()) {
        return List.of(InputProblem.error(name, "not a regular file"));
      }
      if (attributes.size() > options.maxBytes()) {
        return readLarge(path, name, attributes.size(), sink);
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
      }
    } catch (NoSuchFileException e) {
      return List.of(InputProblem.error(name, "no such file or directory"));
    } catch (AccessDeniedException e) {
      return List.of(InputProblem.error(name, "permission denied"));
    } catch (IOException e) {
      return List.of(InputProblem.error(name, "cannot read (" + e.getMessage() + ")"));
    }
    return read(new Content(name, stem(name), bytes, name, null), sink);
  }

  /**
   * Reads content that is already in memory (an upload, say) as if it were the file {@code
   * displayName}: its extension picks the reader and its name gives the document id. The same
   * checks apply as for files.
   */
  public ReadResult read(String displayName, byte[] content) {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(content, "content");
    boolean isStdin = displayName.equals(InputFile.STDIN_NAME);
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems =
        read(
            new Content(
                displayName,
                isStdin ? STDIN_STEM : stem(displayName),
                content,
                isStdin ? null : displayName,
                null),
            documents::add);
    return new ReadResult(documents, problems);
  }

  /**
   * Bytes to read.
   *
   * @param name how problems and sources name them
   * @param stem the document id, or the prefix of per-item ids
   * @param fileName the name whose extension may pick the format; null for stdin and URLs
   * @param contentType the HTTP Content-Type; null for files and stdin
   */
  private record Content(
      String name,
      String stem,
      byte[] bytes,
      @Nullable String fileName,
      @Nullable String contentType) {}

  /** A file over the size limit: streamed if it is an archive, else skipped unread. */
  private List<InputProblem> readLarge(Path path, String name, long size, Consumer<Document> sink)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(InputFormat.SNIFF_BYTES);
    }
    InputFormat format = InputFormat.of(name, head);
    if (format == InputFormat.WARC && InputFormat.isWarc(head)) {
      return warc.read(name, FileChannel.open(path), options.maxBytes(), sink);
    }
    if (format == InputFormat.TELEGRAM) {
      try (InputStream in = Files.newInputStream(path)) {
        return telegram.read(name, stem(name), in, options.maxBytes(), sink);
      }
    }
    return List.of(InputProblem.error(name, size(size) + " is " + overLimit()));
  }

  private List<InputProblem> read(Content c, Consumer<Document> sink) {
    if (c.bytes().length > options.maxBytes()) {
      return List.of(InputProblem.error(c.name(), size(c.bytes().length) + " is " + overLimit()));
    }
    if (BinaryDetector.isBlank(c.bytes())) {
      return List.of(
          InputProblem.error(c.name(), c.contentType() == null ? "empty file" : "empty response"));
    }
    InputFormat format =
        c.contentType() == null ? InputFormat.of(c.fileName(), c.bytes()) : byContentType(c);
    if (format == InputFormat.WARC) {
      if (!InputFormat.isWarc(c.bytes())) {
        return List.of(InputProblem.error(c.name(), "not a WARC file (no WARC/1.x header)"));
      }
      return warc.read(c.name(), new ByteArrayChannel(c.bytes()), options.maxBytes(), sink);
    }
    Optional<String> binary = BinaryDetector.binaryReason(c.bytes());
    if (binary.isPresent()) {
      return List.of(InputProblem.error(c.name(), binary.get()));
    }
    RawInput in = new RawInput(c.name(), c.stem(), c.bytes());
    ReadResult result =
        switch (format) {
          case TEXT -> text.read(in);
          case HTML -> html.read(in, charset(c.contentType()));
          case JSONL -> jsonl.read(in);
          case FEED -> feed.read(in, c.contentType());
          case TELEGRAM ->
              new ReadResult(
                  List.of(),
                  telegram.read(
                      c.name(),
                      c.stem(),
                      new ByteArrayInputStream(c.bytes()),
                      options.maxBytes(),
                      sink));
          case WARC -> throw new AssertionError("handled above");
        };
    result.documents().forEach(sink);
    return result.problems();
  }

  /** A fetched body's format: a feed or archive by content, else by Content-Type, else sniffed. */
  private static InputFormat byContentType(Content c) {
    InputFormat sniffed = InputFormat.sniff(c.bytes());
    if (sniffed == InputFormat.FEED
        || sniffed == InputFormat.WARC
        || sniffed == InputFormat.TELEGRAM) {
      return sniffed;
    }
    String type = String.valueOf(c.contentType()).toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
      return InputFormat.HTML;
    }
    if (type.startsWith("text/plain")) {
      return InputFormat.TEXT;
    }
    return sniffed;
  }

  private List<InputProblem> fetch(URI url, String name, Consumer<Document> sink) {
    UrlFetcher.Fetched fetched;
    try {
      fetched = fetcher().fetch(url);
    } catch (UrlFetcher.FetchException e) {
      return List.of(InputProblem.error(name, String.valueOf(e.getMessage())));
    }
    String finalUrl = fetched.finalUri().toString();
    String contentType = fetched.contentType() == null ? "" : fetched.contentType();
    // A page's id is the URL as given, which is what the user will give again; its URL metadata
    // is its canonical URL, else where the redirects ended.
    return read(
        new Content(name, url.toString(), fetched.body(), null, contentType),
        doc -> {
          Metadata m = doc.metadata();
          sink.accept(
              m.url() != null || !doc.id().equals(url.toString())
                  ? doc
                  : doc.withMetadata(
                      new Metadata(
                          m.title(), finalUrl, m.outlet(), m.published(), m.sourceFile())));
        });
  }

  private synchronized UrlFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new UrlFetcher(options);
    }
    return fetcher;
  }

  private static @Nullable Charset charset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
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
    if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "document" : stem; // a name like "notes/" has no file name to use
  }
}
