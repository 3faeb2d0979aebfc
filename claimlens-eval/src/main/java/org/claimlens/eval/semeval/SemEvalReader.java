package org.claimlens.eval.semeval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.claimlens.eval.BenchmarkFormatException;

/**
 * Reads a SemEval-2025 Task 10 folder: {@code raw-documents/ID.txt} and the annotation files at the
 * top level.
 *
 * <p>The annotations are {@value #SUBTASK_1_FILE} and {@value #SUBTASK_2_FILE}. Where one of them
 * is absent, the other top-level {@code *.txt} files are tried in name order, and the first that
 * parses completely as that subtask's format is used (the two formats cannot be confused: subtask 1
 * lines have at least five columns, subtask 2 lines exactly three). To read a file of another name,
 * call {@link EntityRoleReader#read} or {@link NarrativeLabelReader#read} directly.
 *
 * <p>Texts are read as UTF-8 and kept exactly, so that offsets index them as the task's tools do.
 * Each subtask 1 mention is checked against its text; a mismatch is reported as a warning.
 * Stateless and thread-safe.
 */
public final class SemEvalReader {

  /** The subtask 1 (entity framing) annotation file's usual name. */
  public static final String SUBTASK_1_FILE = "subtask-1-annotations.txt";

  /** The subtask 2 (narratives) annotation file's usual name. */
  public static final String SUBTASK_2_FILE = "subtask-2-annotations.txt";

  /** A message prefix for problems that did not stop a file from being read. */
  public static final String WARNING = "warning: ";

  private SemEvalReader() {}

  /**
   * Reads the folder; problems with single files go into {@link SemEvalCorpus#errors()}.
   *
   * @throws IOException when {@code dir} itself cannot be listed
   */
  public static SemEvalCorpus readFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    List<String> errors = new ArrayList<>();
    Map<String, String> documents = new TreeMap<>();
    Path raw = dir.resolve("raw-documents");
    if (Files.isDirectory(raw)) {
      for (Path p : txtFiles(raw)) {
        try {
          documents.put(p.getFileName().toString(), Files.readString(p));
        } catch (CharacterCodingException e) {
          errors.add("raw-documents/" + p.getFileName() + ": not valid UTF-8");
        } catch (IOException e) {
          errors.add("raw-documents/" + p.getFileName() + ": " + e);
        }
      }
    }
    List<Path> others = new ArrayList<>();
    for (Path p : txtFiles(dir)) {
      String n = p.getFileName().toString();
      if (!n.equals(SUBTASK_1_FILE) && !n.equals(SUBTASK_2_FILE)) {
        others.add(p);
      }
    }
    List<EntityRoleLabel> roles =
        annotations(dir, SUBTASK_1_FILE, others, EntityRoleReader::parse, errors);
    List<NarrativeLabels> narratives =
        annotations(dir, SUBTASK_2_FILE, others, NarrativeLabelReader::parse, errors);
    if (!documents.isEmpty()) {
      checkMentions(roles, documents, errors);
      for (NarrativeLabels n : narratives) {
        if (!documents.containsKey(n.articleId())) {
          errors.add(WARNING + "subtask 2 labels " + n.articleId() + ", which raw-documents lacks");
        }
      }
    }
    return new SemEvalCorpus(documents, roles, narratives, errors);
  }

  private static <T> List<T> annotations(
      Path dir,
      String usualName,
      List<Path> others,
      BiFunction<String, String, List<T>> parser,
      List<String> errors) {
    Path usual = dir.resolve(usualName);
    if (Files.isRegularFile(usual)) {
      try {
        return parser.apply(Files.readString(usual), usualName);
      } catch (BenchmarkFormatException e) {
        errors.add(e.getMessage());
      } catch (IOException e) {
        errors.add(usualName + ": cannot be read (" + e + ")");
      }
      return List.of();
    }
    for (Path p : others) {
      try {
        List<T> parsed = parser.apply(Files.readString(p), p.getFileName().toString());
        if (!parsed.isEmpty()) {
          return parsed;
        }
      } catch (BenchmarkFormatException | IOException e) {
        // Not this subtask's file; try the next one.
      }
    }
    return List.of();
  }

  private static void checkMentions(
      List<EntityRoleLabel> roles, Map<String, String> documents, List<String> errors) {
    for (EntityRoleLabel l : roles) {
      String text = documents.get(l.articleId());
      String where = l.articleId() + " " + l.span().start() + "-" + l.inclusiveEnd();
      if (text == null) {
        errors.add(WARNING + "subtask 1 labels " + where + ", but raw-documents lacks the text");
      } else if (l.span().end() > text.length()) {
        errors.add(WARNING + "subtask 1 mention " + where + " runs past the end of its text");
      } else if (!l.span().textOf(text).equals(l.mention())) {
        errors.add(
            WARNING
                + "subtask 1 mention "
                + where
                + " is \""
                + l.mention()
                + "\" but the text there is \""
                + l.span().textOf(text)
                + "\"");
      }
    }
  }

  private static List<Path> txtFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }
}
