package org.claimlens.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation spans as a reader sees them, apostrophes and all. */
class AttributionQuoteFinderTest {

  private static List<String> quotes(String text) {
    return QuoteFinder.find(text).stream().map(s -> s.textOf(text)).toList();
  }

  @Test
  void aQuoteInsideAQuoteIsFoundWithItsOuterQuote() {
    String text = "\"They write 'military facility' in their reports,\" he said.";

    assertThat(quotes(text))
        .containsExactly(
            "\"They write 'military facility' in their reports,\"", "'military facility'");
  }

  @Test
  void apostrophesNeitherOpenNorCloseSingleQuotes() {
    assertThat(quotes("The soldiers' morale is fine, and it's not over: 'we're holding'."))
        .containsExactly("'we're holding'");
    assertThat(quotes("‘We don’t retreat,’ he said.")).containsExactly("‘We don’t retreat,’");
  }

  @Test
  void germanAndUkrainianLowHighQuotesPairUp() {
    assertThat(quotes("He said: „Das ist ihr Job.“ Then „більше“ and “more”."))
        .containsExactly("„Das ist ihr Job.“", "„більше“", "“more”");
  }

  @Test
  void aQuoteNeverCrossesALineBreakAndAnUnclosedOneIsDropped() {
    assertThat(quotes("«Unclosed at the end\nof the line» and «closed»."))
        .containsExactly("«closed»");
  }
}
