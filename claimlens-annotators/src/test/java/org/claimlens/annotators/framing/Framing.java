package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.eval.semeval.RoleTaxonomy;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Pipeline;

/**
 * The annotators the framing tests run, loaded once for all test classes of this package (the
 * OpenNLP models take about a second), and domain assertions: {@code assertFraming(text,
 * "Russia").castsAs("Antagonist", "Instigator")}.
 */
final class Framing {
  static final Pipeline ANALYSIS = RoleTrainer.analysisPipeline();
  static final RoleAnnotator ROLES = RoleAnnotator.load(null);
  static final RoleTaxonomy TAXONOMY = RoleTaxonomy.semeval2025();

  private Framing() {}

  /** The language, text and entities layers of {@code text}. */
  static Document analyse(String text) {
    return ANALYSIS.process(Document.of("test", text, Metadata.of("test.txt")));
  }

  /** The span of the first occurrence of {@code mention} in the document's text. */
  static Span spanOf(Document doc, String mention) {
    int at = doc.text().indexOf(mention);
    assertThat(at).as("'%s' occurs in the text", mention).isNotNegative();
    return Span.of(at, at + mention.length());
  }

  static FramingAssert assertFraming(String text, String mention) {
    Document doc = analyse(text);
    EntityRole role = ROLES.classify(doc, List.of(spanOf(doc, mention))).getFirst();
    return new FramingAssert(doc, mention, role);
  }

  /** Checks on how the shipped model frames one mention. */
  static final class FramingAssert {
    private final Document doc;
    private final String mention;
    private final EntityRole role;

    private FramingAssert(Document doc, String mention, EntityRole role) {
      this.doc = doc;
      this.mention = mention;
      this.role = role;
    }

    /** The main role is {@code main} and {@code fine} is among the fine roles. */
    FramingAssert castsAs(String main, String fine) {
      assertThat(role.main()).as("main role of '%s': %s", mention, describe()).isEqualTo(main);
      assertThat(role.fine()).as("fine roles of '%s': %s", mention, describe()).contains(fine);
      return this;
    }

    /** Among the evidence spans stands one whose text is {@code cue}. */
    FramingAssert citesCue(String cue) {
      assertThat(role.evidence()).extracting(doc::text).as(describe()).contains(cue);
      return this;
    }

    private String describe() {
      return role.main()
          + " "
          + role.fine()
          + ", evidence "
          + role.evidence().stream().map(doc::text).toList();
    }
  }
}
