package org.claimlens.corpus.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.Test;

class FactCheckMatchJsonlTest {
  private static final List<FactCheck> LIBRARY =
      List.of(
          new FactCheck(
              "fc-1", "The United States runs military biolabs in Ukraine", "False", null, null),
          new FactCheck("fc-2", "Zelensky fled Kyiv for Poland", "False", null, null),
          new FactCheck("fc-3", "Germans burn furniture to heat their homes", "False", null, null));

  private final FactCheckMatcher matcher =
      FactCheckMatcher.build(LIBRARY, new HashingEncoder(), FactCheckMatcher.Config.DEFAULT);

  @Test
  void writesOneLinePerGoodQueryAndReportsBadOnes() throws Exception {
    String in =
        "{\"id\": \"q1\", \"text\": \"Zelensky has fled Kyiv, he is in Poland now\"}\n"
            + "not json at all\n"
            + "{\"id\": 42, \"text\": \"Secret US military biolabs found in Ukraine\"}\n"
            + "{\"text\": \"no id\"}\n"
            + "{\"id\": \"q5\", \"text\": \"   \"}\n";
    StringWriter out = new StringWriter();
    List<String> problems = new ArrayList<>();
    int written =
        FactCheckMatchJsonl.match(
            new StringReader(in), "queries.jsonl", out, matcher, 2, problems::add);
    assertThat(written).isEqualTo(2);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .matches(
            "\\{\"id\":\"q1\",\"matches\":\\[\\{\"factcheck\":\"fc-2\",\"score\":[01]\\.\\d{1,4}\\},"
                + "\\{\"factcheck\":\"fc-\\d\",\"score\":0\\.\\d{1,4}\\}\\]\\}");
    assertThat(lines[1]).startsWith("{\"id\":42,\"matches\":[{\"factcheck\":\"fc-1\",");
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("queries.jsonl:2: not JSON");
    assertThat(problems.get(1)).isEqualTo("queries.jsonl:4: no string or number \"id\"; skipped");
    assertThat(problems.get(2))
        .isEqualTo("queries.jsonl:5: no non-blank string \"text\" for id q5; skipped");
  }

  @Test
  void scoresAreRoundedHalfUpToFourDecimals() {
    assertThat(FactCheckMatchJsonl.round4(0.81235)).isEqualTo(0.8124);
    assertThat(FactCheckMatchJsonl.round4(0.5)).isEqualTo(0.5);
    assertThat(FactCheckMatchJsonl.round4(0.123449)).isEqualTo(0.1234);
  }

  @Test
  void writtenScoresEqualTheMatcherScoresRounded() throws Exception {
    StringWriter out = new StringWriter();
    FactCheckMatchJsonl.match(
        new StringReader("{\"id\":\"q\",\"text\":\"Germans burning furniture for heat\"}\n"),
        "q.jsonl",
        out,
        matcher,
        1,
        p -> {});
    double score = matcher.match("Germans burning furniture for heat", 1).getFirst().score();
    assertThat(out.toString())
        .isEqualTo(
            "{\"id\":\"q\",\"matches\":[{\"factcheck\":\"fc-3\",\"score\":"
                + FactCheckMatchJsonl.round4(score)
                + "}]}\n");
  }
}
