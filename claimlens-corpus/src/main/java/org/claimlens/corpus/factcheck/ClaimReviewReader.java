package org.claimlens.corpus.factcheck;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimlens.model.FactCheck;
import org.jspecify.annotations.Nullable;

/**
 * Reads schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> JSON-LD, as
 * fact-checkers embed it in their pages: a single object, an array of objects, or an object with an
 * {@code @graph} array (nested graphs too). Every object whose {@code @type} is (or includes)
 * {@code ClaimReview} becomes a fact-check; other objects (the publisher's {@code Organization},
 * say) are ignored.
 *
 * <ul>
 *   <li>claim: {@code claimReviewed}, else the {@code itemReviewed} Claim's {@code text}, {@code
 *       name} or {@code description};
 *   <li>verdict: {@code reviewRating.alternateName}, else {@code reviewRating.ratingValue} (with
 *       {@code /bestRating} when given);
 *   <li>id: {@code @id}, else {@code url}; url: {@code url}; published: {@code datePublished}.
 * </ul>
 *
 * <p>A ClaimReview without a claim or an id is skipped and reported with its JSON path ({@code
 * file:$.@graph[2]: ...}). JSON that does not parse, or a file without any ClaimReview, is a {@link
 * FactCheckFormatException} (with the line and column of a parse error).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimReviewReader implements FactCheckReader {

  @Override
  public FactCheckBatch read(Path file) throws IOException {
    return parse(CsvFactCheckReader.readText(file), file.toString());
  }

  /** Reads {@code text} as the content of a file called {@code name}. */
  public FactCheckBatch parse(String text, String name) throws FactCheckFormatException {
    Object root;
    try {
      root = JsonTree.parse(CsvFactCheckReader.stripBom(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new FactCheckFormatException(where + ": not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FactCheckFormatException(name + ": not JSON: " + e.getMessage(), e);
    }
    FactCheckBatch.Builder out = new FactCheckBatch.Builder();
    int[] found = {0};
    walk(root, "$", name, out, found);
    if (found[0] == 0) {
      throw new FactCheckFormatException(
          name + ": no object with \"@type\": \"ClaimReview\" found");
    }
    return out.build();
  }

  private static void walk(
      @Nullable Object node, String path, String name, FactCheckBatch.Builder out, int[] found) {
    if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", name, out, found);
      }
    } else if (node instanceof Map<?, ?> m) {
      if (hasType(m, "ClaimReview")) {
        found[0]++;
        review(m, path, name, out);
      }
      Object graph = m.get("@graph");
      if (graph != null) {
        walk(graph, path + ".@graph", name, out, found);
      }
    }
  }

  private static void review(Map<?, ?> m, String path, String name, FactCheckBatch.Builder out) {
    String where = name + ":" + path;
    String claim = JsonTree.text(m, "claimReviewed");
    if (claim == null && m.get("itemReviewed") instanceof Map<?, ?> item) {
      for (String key : List.of("text", "name", "description")) {
        claim = claim != null ? claim : JsonTree.text(item, key);
      }
    }
    String url = JsonTree.text(m, "url");
    String id = JsonTree.text(m, "@id");
    if (id == null) {
      id = url;
    }
    if (claim == null) {
      out.problem(where, "ClaimReview without claimReviewed or itemReviewed text; skipped");
      return;
    }
    if (id == null) {
      out.problem(where, "ClaimReview without @id or url to identify it; skipped");
      return;
    }
    String verdict = null;
    if (m.get("reviewRating") instanceof Map<?, ?> rating) {
      verdict = JsonTree.text(rating, "alternateName");
      if (verdict == null) {
        String value = JsonTree.text(rating, "ratingValue");
        String best = JsonTree.text(rating, "bestRating");
        verdict = value == null ? null : best == null ? value : value + "/" + best;
      }
    }
    out.add(new FactCheck(id, claim, verdict, url, JsonTree.text(m, "datePublished")), where);
  }

  private static boolean hasType(Map<?, ?> m, String type) {
    Object t = m.get("@type");
    if (t instanceof String s) {
      return matches(s, type);
    }
    if (t instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s && matches(s, type)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String declared, String type) {
    // "ClaimReview", "schema:ClaimReview" and "https://schema.org/ClaimReview" all name it.
    return declared.equals(type) || declared.endsWith(":" + type) || declared.endsWith("/" + type);
  }
}
