package org.claimlens.ingest;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns command-line arguments into the files and URLs to read, without reading them.
 *
 * <ul>
 *   <li>{@code -} is stdin (once, however often it is given);
 *   <li>{@code http://…} and {@code https://…} are URLs to fetch (each once); another {@code
 *       scheme://} argument that is not an existing path is an error "unsupported URL scheme";
 *   <li>a file is itself, even a hidden one: the user named it;
 *   <li>a folder is every regular file below it, recursively, skipping hidden files and folders
 *       (names starting with {@code .}). Entries are sorted by name at each level, so the order is
 *       the same on every machine and file system. Symbolic links to folders are followed once
 *       each, so that a link cycle cannot loop;
 *   <li>a path that does not exist is an {@link InputProblem.Severity#ERROR} "no such file or
 *       directory".
 * </ul>
 *
 * <p>A file reached twice (named, and inside a named folder) is listed once, at its first place.
 * Stateless and thread-safe. Example: {@code InputWalker.expand(List.of("articles", "-"))}.
 */
public final class InputWalker {

  /**
   * The files to read, in order, and the arguments that named nothing readable.
   *
   * @param files inputs in argument order, each folder's files in sorted order
   * @param problems one per argument that could not be used, or folder that could not be listed
   */
  public record Expansion(List<InputFile> files, List<InputProblem> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  // By name, in UTF-16 order, which depends on neither locale nor file system.
  private static final Comparator<Path> BY_NAME =
      Comparator.comparing(p -> String.valueOf(p.getFileName()));

  private final List<InputFile> files = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final Set<Path> seenFolders = new HashSet<>();
  private final Set<URI> seenUrls = new HashSet<>();
  private boolean seenStdin;

  private InputWalker() {}

  /** Expands {@code args} as the command line gives them; never throws for a bad path. */
  public static Expansion expand(List<String> args) {
    Objects.requireNonNull(args, "args");
    InputWalker walker = new InputWalker();
    for (String arg : args) {
      walker.expand(Objects.requireNonNull(arg, "arg"));
    }
    return new Expansion(walker.files, walker.problems);
  }

  private void expand(String arg) {
    if (arg.equals(InputFile.STDIN_NAME)) {
      if (!seenStdin) {
        seenStdin = true;
        files.add(InputFile.stdin());
      }
      return;
    }
    if (arg.isBlank()) {
      problems.add(InputProblem.error("''", "empty path"));
      return;
    }
    if (URL_LIKE.matcher(arg).matches()) {
      String scheme = arg.substring(0, arg.indexOf(':')).toLowerCase(Locale.ROOT);
      if (scheme.equals("http") || scheme.equals("https")) {
        url(arg);
        return;
      }
      if (!existsAsPath(arg)) {
        problems.add(
            InputProblem.error(
                arg, "unsupported URL scheme " + scheme + " (only http and https are fetched)"));
        return;
      }
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      problems.add(InputProblem.error(arg, "invalid path (" + e.getReason() + ")"));
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, arg);
    } else if (Files.isRegularFile(path)) {
      add(path, arg);
    } else if (Files.isSymbolicLink(path)) {
      problems.add(InputProblem.error(arg, "broken symbolic link"));
    } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(InputProblem.error(arg, "not a regular file or folder"));
    } else {
      problems.add(InputProblem.error(arg, "no such file or directory"));
    }
  }

  private static boolean existsAsPath(String arg) {
    try {
      return Files.exists(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private void url(String arg) {
    URI uri;
    try {
      uri = new URI(arg.strip());
    } catch (URISyntaxException e) {
      problems.add(InputProblem.error(arg, "invalid URL (" + e.getReason() + ")"));
      return;
    }
    if (!UrlFetcher.isHttp(uri)) {
      problems.add(InputProblem.error(arg, "invalid URL (no host)"));
      return;
    }
    if (seenUrls.add(uri)) {
      files.add(InputFile.url(uri));
    }
  }

  private void walk(Path folder, String displayName) {
    if (!seenFolders.add(identity(folder))) {
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    } catch (AccessDeniedException e) {
      problems.add(InputProblem.error(displayName, "permission denied"));
      return;
    } catch (IOException e) {
      problems.add(InputProblem.error(displayName, "cannot list folder (" + e.getMessage() + ")"));
      return;
    }
    entries.sort(BY_NAME);
    for (Path entry : entries) {
      String name = String.valueOf(entry.getFileName());
      if (name.startsWith(".")) {
        continue;
      }
      String entryName = join(displayName, name);
      if (Files.isDirectory(entry)) {
        walk(entry, entryName);
      } else if (Files.isRegularFile(entry)) {
        add(entry, entryName);
      }
      // Sockets, pipes and broken links inside a folder are not documents; skip them quietly.
    }
  }

  private void add(Path path, String displayName) {
    if (seenFiles.add(identity(path))) {
      files.add(new InputFile(path, displayName));
    }
  }

  private static String join(String folder, String name) {
    return folder.endsWith("/") || folder.endsWith(File.separator)
        ? folder + name
        : folder + File.separator + name;
  }

  /** The real path where it can be resolved, so that links and {@code ./a} name one file once. */
  private static Path identity(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
