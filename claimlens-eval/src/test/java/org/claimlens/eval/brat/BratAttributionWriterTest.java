package org.claimlens.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.eval.brat.BratFixtures.lines;
import static org.claimlens.eval.brat.BratFixtures.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.Document;
import org.claimlens.model.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratAttributionWriterTest {

  static final String CHAIN =
      "The Financial Times reported, citing a senior European military official, that Kyiv had"
          + " asked for more air defence. Peskov said nothing had been agreed. Talks reportedly"
          + " stalled. Zelensky: we will respond.";

  static Document chainDocument() {
    Claims c = Claims.in(CHAIN);
    return c.document(
        "chain",
        c.claim(
            "Kyiv had asked for more air defence",
            c.named("a senior European military official", SourceType.ANONYMOUS_PERSON),
            "citing",
            c.named("The Financial Times", SourceType.MEDIA_OUTLET)),
        c.claim("nothing had been agreed", c.named("Peskov", SourceType.NAMED_PERSON), "said"),
        c.claim("Talks reportedly stalled", Claims.unattributed(), "reportedly"),
        c.claim("we will respond", c.named("Zelensky", SourceType.NAMED_PERSON), null));
  }

  @Test
  void writesTLinesFirstThenOneEventPerRelationWithAViaSourceAsItsOwnRelation() {
    String ann = BratAttributionWriter.write(chainDocument());

    assertThat(ann)
        .isEqualTo(
            lines(
                t(1, "Source", CHAIN, "a senior European military official"),
                t(2, "Cue", CHAIN, "citing"),
                t(3, "Content", CHAIN, "Kyiv had asked for more air defence"),
                t(4, "Source", CHAIN, "The Financial Times"),
                t(5, "Cue", CHAIN, "citing"),
                t(6, "Content", CHAIN, "Kyiv had asked for more air defence"),
                t(7, "Source", CHAIN, "Peskov"),
                t(8, "Cue", CHAIN, "said"),
                t(9, "Content", CHAIN, "nothing had been agreed"),
                t(10, "Cue", CHAIN, "reportedly"),
                t(11, "Content", CHAIN, "Talks reportedly stalled"),
                t(12, "Source", CHAIN, "Zelensky"),
                t(13, "Content", CHAIN, "we will respond"),
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
                "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
                "E4\tAttribution:T10 Content:T11 Cue:T10",
                "E5\tAttribution:T13 Content:T13 Source:T12"));
  }

  @Test
  void aContentAcrossALineBreakIsWrittenOnOneLine() {
    String text = "He said the talks\nhad stalled.";
    Claims c = Claims.in(text);
    Document doc =
        c.document(
            "wrapped",
            c.claim("the talks\nhad stalled", c.named("He", SourceType.NAMED_PERSON), "said"));

    assertThat(BratAttributionWriter.write(doc))
        .contains("\tContent 8 29\tthe talks had stalled\n")
        .hasLineCount(4);
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBack(@TempDir Path dir) throws IOException {
    Document doc = chainDocument();

    BratAttributionWriter.writeDocument(dir, "chain", doc);
    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(Files.readString(dir.resolve("text/chain.txt"))).isEqualTo(CHAIN);
    assertThat(corpus.errors()).isEmpty();
    assertThat(corpus.docs().getFirst().attributions())
        .hasSize(5)
        .isEqualTo(AttributionScorer.fromDocument(doc));
  }

  @Test
  void aDocumentWithoutClaimsGivesAnEmptyFile() {
    Claims c = Claims.in(CHAIN);

    assertThat(BratAttributionWriter.write(c.document("empty"))).isEmpty();
  }
}
