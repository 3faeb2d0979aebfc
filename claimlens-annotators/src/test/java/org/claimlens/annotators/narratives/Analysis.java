package org.claimlens.annotators.narratives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.annotators.embedding.EmbeddingAnnotator;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;

/**
 * The language, text, embedding and narratives annotators with the shipped default model and the
 * default pipeline's sentence budget and selector, loaded once for all test classes of this
 * package, and the repository's data folders.
 */
final class Analysis {
  static final NarrativeAnnotator NARRATIVES = NarrativeAnnotator.load(null);
  static final Pipeline BEFORE_NARRATIVES =
      Pipeline.builder()
          .add(new LanguageAnnotator(LanguageAnnotator.Config.defaults()))
          .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
          .add(
              new EmbeddingAnnotator(
                  Encoders.expect(NARRATIVES.encoder()),
                  EmbeddingAnnotator.Config.defaults()
                      .withMaxSentences(StandardPipeline.DEFAULT_EMBED_SENTENCES),
                  NARRATIVES.sentenceSelector()))
          .build();

  /** The repository root: the nearest folder at or above the working folder with data/. */
  static final Path ROOT = root();

  private Analysis() {}

  static Document analyse(String text) {
    return analyse("test.txt", text);
  }

  static Document analyse(String id, String text) {
    return NARRATIVES.annotate(prepare(id, text));
  }

  /** Runs everything the narratives annotator needs, but not it. */
  static Document prepare(String id, String text) {
    return BEFORE_NARRATIVES.process(Document.of(id, text, Metadata.of(id)));
  }

  /** A text file of the repository, analysed. */
  static Document analyseFile(String relativePath) {
    Path p = ROOT.resolve(relativePath);
    try {
      return analyse(p.getFileName().toString(), Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern ARTICLE = Pattern.compile("(?s)<article[^>]*>(.*?)</article>");
  private static final Pattern BLOCK = Pattern.compile("(?s)<(h1|h2|p)[^>]*>(.*?)</\\1>");

  /**
   * The title and paragraphs of an HTML page's {@code <article>}, one block a paragraph: enough of
   * an HTML reader for the bundled example pages (the real one lives in claimlens-ingest).
   */
  static String articleText(String html) {
    Matcher article = ARTICLE.matcher(html);
    String body = article.find() ? article.group(1) : html;
    StringBuilder out = new StringBuilder();
    Matcher m = BLOCK.matcher(body);
    while (m.find()) {
      String block =
          m.group(2)
              .replaceAll("<[^>]+>", "")
              .replace("&amp;", "&")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&rarr;", "→")
              .replace("&nbsp;", " ")
              .replaceAll("\\s+", " ")
              .strip();
      if (!block.isEmpty()) {
        out.append(block).append("\n\n");
      }
    }
    return out.toString().strip();
  }

  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data/narratives"))) {
        return p;
      }
    }
    throw new IllegalStateException("no data/narratives above " + Path.of("").toAbsolutePath());
  }
}
