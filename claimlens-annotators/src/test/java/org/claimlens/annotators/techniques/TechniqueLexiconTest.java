package org.claimlens.annotators.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TechniqueLexiconTest {

  private static List<String> cues(String lexicon, String sentence) throws Exception {
    TechniqueLexicon lex = TechniqueLexicon.parse(new StringReader(lexicon), "test");
    String[] toks =
        TechniqueLexicon.tokenize(sentence.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    return lex.matchTokens(toks, 0, toks.length).stream()
        .map(m -> m.category() + ":" + String.join(" ", List.of(toks).subList(m.start(), m.end())))
        .toList();
  }

  @Test
  void aPhraseMatchesItsTokensWhateverTheCase() throws Exception {
    assertThat(cues("killer\tend of story\n", "That is the END of story."))
        .containsExactly("killer:end of story");
  }

  @Test
  void alternativesAndAGapFindAFalseDilemma() throws Exception {
    assertThat(cues("dilemma\teither ... or we|they\n", "Either we fight now or we surrender."))
        .containsExactly("dilemma:either we fight now or we");
  }

  @Test
  void anchorsHoldToTheSentenceEnds() throws Exception {
    String lex = "doubt\t^ why|how ... ? $\n";
    assertThat(cues(lex, "Why would they lie?")).containsExactly("doubt:why would they lie ?");
    assertThat(cues(lex, "They asked why it happened?")).isEmpty();
  }

  @Test
  void affixesMatchCoinedLabelsAndSuperlatives() throws Exception {
    String lex = "name\teco-*\nexaggeration\t*est _ in|of\n";
    assertThat(cues(lex, "The eco-loonies staged the biggest stunt in years."))
        .containsExactlyInAnyOrder("name:eco-loonies", "exaggeration:biggest stunt in");
  }

  @Test
  void cliticsAreSplitAsTheTokenizerSplitsThem() {
    assertThat(TechniqueLexicon.tokenize("Russia's war, don't"))
        .containsExactly("russia", "'s", "war", ",", "do", "n't");
  }

  @Test
  void aMalformedRowNamesItsLine() {
    assertThatThrownBy(
            () -> TechniqueLexicon.parse(new StringReader("# header\nloaded\n"), "my.tsv"))
        .hasMessageContaining("my.tsv:2");
    assertThatThrownBy(() -> TechniqueLexicon.parse(new StringReader("x\ta $ b\n"), "my.tsv"))
        .hasMessageContaining("my.tsv:1");
  }

  @Test
  void theShippedLexiconLoads() {
    assertThat(TechniqueLexicon.loadDefault().size()).isGreaterThan(1000);
  }
}
