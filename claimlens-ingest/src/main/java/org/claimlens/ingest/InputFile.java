package org.claimlens.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input to read: a file, stdin, or an http(s) URL.
 *
 * <p>Immutable. Example: walking the folder {@code articles} gives {@code new
 * InputFile(Path.of("articles/wire/a.txt"), "articles/wire/a.txt")}; the argument {@code
 * https://example.org/feed.xml} gives {@code
 * InputFile.url(URI.create("https://example.org/feed.xml"))}.
 *
 * @param path where to read the file; null for stdin and URLs
 * @param displayName how messages and {@code Metadata.sourceFile} name the input: the path as the
 *     user gave it, or as walked from a folder the user gave; {@value #STDIN_NAME} for stdin; the
 *     URL as written for a URL
 * @param url the http or https URL to fetch; null for files and stdin
 */
public record InputFile(@Nullable Path path, String displayName, @Nullable URI url) {
  /** The display name of stdin, as it is given on the command line. */
  public static final String STDIN_NAME = "-";

  private static final InputFile STDIN = new InputFile(null, STDIN_NAME, null);

  public InputFile {
    Objects.requireNonNull(displayName, "displayName");
    if (path != null && url != null) {
      throw new IllegalArgumentException(displayName + " cannot be both a file and a URL");
    }
    if (path == null && url == null && !displayName.equals(STDIN_NAME)) {
      throw new IllegalArgumentException(
          "only stdin has no path, but " + displayName + " has none");
    }
    if (url != null && !UrlFetcher.isHttp(url)) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    }
  }

  /** A file at {@code path}, displayed as {@code displayName}. */
  public InputFile(Path path, String displayName) {
    this(Objects.requireNonNull(path, "path"), displayName, null);
  }

  /** The file at {@code path}, displayed as the path's own string. */
  public static InputFile of(Path path) {
    Objects.requireNonNull(path, "path");
    return new InputFile(path, path.toString());
  }

  /** Standard input, displayed as {@value #STDIN_NAME}. */
  public static InputFile stdin() {
    return STDIN;
  }

  /** The absolute http or https {@code url}, displayed as written. */
  public static InputFile url(URI url) {
    Objects.requireNonNull(url, "url");
    return new InputFile(null, url.toString(), url);
  }

  /** Whether this is stdin rather than a file or URL (and so both are null). */
  public boolean isStdin() {
    return path == null && url == null;
  }

  /** Whether this is a URL to fetch. */
  public boolean isUrl() {
    return url != null;
  }

  /**
   * A string that names this input's current content, for a journal that records which inputs are
   * done: {@code file:/abs/real/path|SIZE|MTIME_MILLIS} for a file (so an edited or replaced file
   * is read again), the URL for a URL (so a URL is done once, even if its page or feed changes
   * later). Empty for stdin, which cannot be read again, and for a file whose attributes cannot be
   * read (reading it will report why).
   *
   * <p>Reads the file's attributes; never throws for a missing file.
   */
  public Optional<String> sourceKey() {
    if (url != null) {
      return Optional.of(url.toString());
    }
    if (path == null) {
      return Optional.empty();
    }
    try {
      Path real = path.toRealPath();
      BasicFileAttributes attributes =
          Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return Optional.of(
          String.format(
              Locale.ROOT,
              "file:%s|%d|%d",
              real,
              attributes.size(),
              attributes.lastModifiedTime().toMillis()));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return displayName;
  }
}
