package org.claimlens.eval.brat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads PolNeAR-style brat attribution corpora.
 *
 * <p>Layout: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME*.ann}, one or more {@code
 * .ann} files per text whose names start with {@code NAME} ({@code NAME.ann}, {@code
 * NAME_annotator1.ann}). An {@code .ann} file belongs to the text with the longest name that
 * prefixes its own, so {@code doc10.ann} goes to {@code doc10.txt}, not {@code doc1.txt}. A folder
 * without {@code text/} is read as a flat brat folder, {@code NAME.txt} beside {@code NAME.ann}.
 *
 * <p>Lines of an {@code .ann} file, TAB-separated:
 *
 * <pre>
 * T1	Source 120 135	Dmitry Peskov
 * T2	Cue 136 140	said
 * T3	Content 146 210;215 230	the remarks were dangerous ...
 * E1	Attribution:T2 Content:T3 Cue:T2 Source:T1
 * </pre>
 *
 * <ul>
 *   <li>Offsets are UTF-16 code units into the text read as UTF-8 after a leading byte-order mark
 *       is removed (brat indexes the decoded text, which has no BOM). Nothing else is stripped.
 *   <li>Only events of type {@code Attribution} are relations. Their arguments are {@code Content}
 *       (required), {@code Cue} and {@code Source} (both optional: agentless relations have no
 *       Source). Without a {@code Cue} argument, the trigger is the cue when it is a {@code Cue}
 *       span. Numbered roles ({@code Source2}) are merged into one discontinuous span.
 *   <li>Relations written as brat {@code R} lines are not read: PolNeAR and this project's sets use
 *       {@code E} lines. {@code R}, {@code A}, {@code N}, {@code M}, {@code *} and {@code #} lines
 *       are skipped.
 *   <li>A text column that differs from the text at the span's offsets (whitespace aside) is a
 *       warning, not an error: it usually means the offsets count something differently.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class BratAttributionReader {

  /** A message prefix for problems that did not stop a file from being read. */
  public static final String WARNING = "warning: ";

  private BratAttributionReader() {}

  /**
   * Reads every annotated text under {@code dir}. A file that cannot be read or parsed is left out
   * and its problem goes into {@link BratCorpus#errors()}, named by file and line; the rest are
   * still read.
   *
   * @throws IOException when {@code dir} itself cannot be listed
   */
  public static BratCorpus readFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    Path textDir = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
    Path annDir =
        Files.isDirectory(dir.resolve("attributions")) ? dir.resolve("attributions") : textDir;
    Map<String, Path> texts = new TreeMap<>();
    for (Path p : list(textDir, ".txt")) {
      texts.put(stem(p, ".txt"), p);
    }
    List<String> errors = new ArrayList<>();
    Map<String, List<Path>> annsByText = new HashMap<>();
    for (Path ann : list(annDir, ".ann")) {
      String owner = ownerOf(stem(ann, ".ann"), texts.keySet());
      if (owner == null) {
        errors.add(relative(dir, ann) + ": no text file whose name starts this file's name");
      } else {
        annsByText.computeIfAbsent(owner, k -> new ArrayList<>()).add(ann);
      }
    }
    List<BratDocument> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : texts.entrySet()) {
      List<Path> anns = annsByText.getOrDefault(e.getKey(), List.of());
      if (anns.isEmpty()) {
        errors.add(relative(dir, e.getValue()) + ": no " + e.getKey() + "*.ann file for it");
        continue;
      }
      List<String> warnings = new ArrayList<>();
      try {
        docs.add(read(dir, e.getKey(), e.getValue(), anns, warnings::add));
        errors.addAll(warnings);
      } catch (BenchmarkFormatException | IOException ex) {
        errors.add(ex.getMessage());
      }
    }
    return new BratCorpus(docs, errors);
  }

  /**
   * Reads one text and its {@code .ann} files, which are merged as a multiset union.
   *
   * @throws BenchmarkFormatException naming the file and line of the first malformed line
   * @throws IOException when a file cannot be read or is not UTF-8
   */
  public static BratDocument readDocument(String name, Path textFile, List<Path> annFiles)
      throws IOException {
    // Name files relative to the corpus folder (text/'s parent) in messages, where there is one.
    Path base = textFile.toAbsolutePath().getParent();
    if (base != null && base.getParent() != null) {
      base = base.getParent();
    }
    return read(base == null ? Path.of("") : base, name, textFile, annFiles, w -> {});
  }

  /**
   * Parses the content of one {@code .ann} file against its text.
   *
   * @param ann the file's content
   * @param text the text the offsets index (BOM removed)
   * @param fileName how to name the file in messages
   * @return the relations in the order of their {@code E} lines
   * @throws BenchmarkFormatException naming {@code fileName} and the line of the first malformed
   *     line
   */
  public static List<GoldAttribution> parse(String ann, String text, String fileName) {
    return parse(ann, text, fileName, w -> {});
  }

  /** The text with a leading byte-order mark removed, as brat's offsets count it. */
  public static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static BratDocument read(
      Path base, String name, Path textFile, List<Path> annFiles, Consumer<String> warnings)
      throws IOException {
    String text = readUtf8(textFile, relative(base, textFile));
    // Multiset union: a relation counts as often as the file that has it most often.
    Map<GoldAttribution, Integer> union = new LinkedHashMap<>();
    for (Path ann : annFiles.stream().sorted().toList()) {
      Map<GoldAttribution, Integer> counts = new LinkedHashMap<>();
      for (GoldAttribution g :
          parse(readUtf8(ann, relative(base, ann)), text, relative(base, ann), warnings)) {
        counts.merge(g, 1, Integer::sum);
      }
      counts.forEach((g, n) -> union.merge(g, n, Math::max));
    }
    List<GoldAttribution> all = new ArrayList<>();
    union.forEach((g, n) -> all.addAll(Collections.nCopies(n, g)));
    return new BratDocument(name, text, all);
  }

  private static String readUtf8(Path file, String label) throws IOException {
    try {
      return stripBom(Files.readString(file));
    } catch (CharacterCodingException e) {
      throw new IOException(label + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new IOException(label + ": cannot be read (" + e + ")", e);
    }
  }

  private record TextBound(String type, BratSpan span) {}

  private record Event(int line, String id, String trigger, Map<String, List<String>> roles) {}

  private static List<GoldAttribution> parse(
      String ann, String text, String file, Consumer<String> warnings) {
    Objects.requireNonNull(text, "text");
    Map<String, TextBound> bounds = new HashMap<>();
    List<Event> events = new ArrayList<>();
    String[] lines = ann.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      switch (line.charAt(0)) {
        case 'T' -> {
          String[] cols = line.split("\t", 3);
          TextBound tb = textBound(cols, text, file, lineNo, warnings);
          if (bounds.putIfAbsent(cols[0], tb) != null) {
            throw new BenchmarkFormatException(file, lineNo, "duplicate id " + cols[0]);
          }
        }
        case 'E' -> {
          Event ev = event(line, file, lineNo);
          if (ev != null) {
            events.add(ev);
          }
        }
        case 'R', 'A', 'N', 'M', '*', '#' -> {
          // Not part of attribution relations; see the class comment.
        }
        default ->
            throw new BenchmarkFormatException(
                file,
                lineNo,
                "not a brat annotation line (it should start with an id such as T1 or E1): "
                    + abbreviate(line));
      }
    }
    List<GoldAttribution> out = new ArrayList<>(events.size());
    for (Event ev : events) {
      TextBound trigger = resolve(bounds, ev.trigger(), ev, file);
      BratSpan content = role(bounds, ev, "content", file);
      if (content == null) {
        throw new BenchmarkFormatException(file, ev.line(), ev.id() + " has no Content argument");
      }
      BratSpan cue = role(bounds, ev, "cue", file);
      if (cue == null && trigger.type().equalsIgnoreCase("Cue")) {
        cue = trigger.span();
      }
      out.add(new GoldAttribution(role(bounds, ev, "source", file), cue, content));
    }
    return out;
  }

  private static TextBound textBound(
      String[] cols, String text, String file, int line, Consumer<String> warnings) {
    if (cols.length < 2) {
      throw new BenchmarkFormatException(
          file, line, "a T line needs ID<TAB>TYPE START END<TAB>TEXT; no TAB after " + cols[0]);
    }
    String typeAndOffsets = cols[1].strip();
    int space = typeAndOffsets.indexOf(' ');
    if (space < 0) {
      throw new BenchmarkFormatException(
          file, line, "no offsets after the type \"" + typeAndOffsets + "\"");
    }
    String type = typeAndOffsets.substring(0, space);
    String offsets = typeAndOffsets.substring(space + 1).strip();
    List<Span> fragments = new ArrayList<>();
    for (String fragment : offsets.split(";", -1)) {
      String[] se = fragment.strip().split("\\s+");
      int start;
      int end;
      try {
        if (se.length != 2) {
          throw new NumberFormatException();
        }
        start = Integer.parseInt(se[0]);
        end = Integer.parseInt(se[1]);
      } catch (NumberFormatException e) {
        throw new BenchmarkFormatException(
            file, line, "offsets \"" + offsets + "\" are not START END pairs separated by ';'");
      }
      if (start < 0 || end < start) {
        throw new BenchmarkFormatException(
            file, line, "fragment " + start + " " + end + " ends before it starts");
      }
      if (end > text.length()) {
        throw new BenchmarkFormatException(
            file,
            line,
            "fragment "
                + start
                + " "
                + end
                + " runs past the end of the text ("
                + text.length()
                + " UTF-16 code units)");
      }
      fragments.add(Span.of(start, end));
    }
    BratSpan span = new BratSpan(fragments);
    if (cols.length == 3) {
      String expected = span.text(text);
      if (!squash(expected).equals(squash(cols[2]))) {
        warnings.accept(
            WARNING
                + file
                + ":"
                + line
                + ": text column \""
                + abbreviate(cols[2])
                + "\" differs from the text at "
                + span.offsets()
                + ", \""
                + abbreviate(expected)
                + "\"");
      }
    }
    return new TextBound(type, span);
  }

  private static @Nullable Event event(String line, String file, int lineNo) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 2 || cols[1].isBlank()) {
      throw new BenchmarkFormatException(
          file, lineNo, "an E line needs ID<TAB>TYPE:TRIGGER ROLE:ID ...; got " + abbreviate(line));
    }
    String[] args = cols[1].strip().split("\\s+");
    String[] typeTrigger = args[0].split(":", -1);
    if (typeTrigger.length != 2 || typeTrigger[0].isEmpty() || typeTrigger[1].isEmpty()) {
      throw new BenchmarkFormatException(
          file, lineNo, "\"" + args[0] + "\" is not TYPE:TRIGGER_ID");
    }
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] roleId = args[i].split(":", -1);
      if (roleId.length != 2 || roleId[0].isEmpty() || roleId[1].isEmpty()) {
        throw new BenchmarkFormatException(file, lineNo, "\"" + args[i] + "\" is not ROLE:ID");
      }
      // brat numbers repeated roles: Source, Source2, Source3.
      String role = roleId[0].replaceFirst("\\d+$", "").toLowerCase(Locale.ROOT);
      roles.computeIfAbsent(role, k -> new ArrayList<>()).add(roleId[1]);
    }
    if (!typeTrigger[0].equalsIgnoreCase("Attribution")) {
      return null;
    }
    return new Event(lineNo, cols[0], typeTrigger[1], roles);
  }

  private static @Nullable BratSpan role(
      Map<String, TextBound> bounds, Event ev, String role, String file) {
    List<String> ids = ev.roles().get(role);
    if (ids == null) {
      return null;
    }
    Set<Span> fragments = new LinkedHashSet<>();
    for (String id : ids) {
      fragments.addAll(resolve(bounds, id, ev, file).span().fragments());
    }
    return new BratSpan(List.copyOf(fragments));
  }

  private static TextBound resolve(
      Map<String, TextBound> bounds, String id, Event ev, String file) {
    TextBound tb = bounds.get(id);
    if (tb == null) {
      throw new BenchmarkFormatException(
          file, ev.line(), ev.id() + " refers to " + id + ", which no T line of this file defines");
    }
    return tb;
  }

  private static @Nullable String ownerOf(String annStem, Set<String> textNames) {
    String best = null;
    for (String name : textNames) {
      if (annStem.startsWith(name) && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static String stem(Path p, String suffix) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - suffix.length());
  }

  private static String relative(Path base, Path file) {
    try {
      return base.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
