package org.claimlens.model;

import java.util.Objects;

/**
 * A token's label; its characters are the annotation's span.
 *
 * @param pos part-of-speech tag (Universal Dependencies UPOS tags, such as {@code PROPN} or {@code
 *     VERB}, from the OpenNLP UD-EWT English model), or {@code ""} where no tagger ran for the
 *     document's language
 * @param sentence index of the sentence the token belongs to
 */
public record Token(String pos, int sentence) {
  public Token {
    Objects.requireNonNull(pos, "pos");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP") || pos.equals("PROPN");
  }
}
