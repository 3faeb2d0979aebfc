package org.claimlens.annotators.techniques;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A six-article PTC-layout corpus written for the trainer tests: a few techniques, two neutral
 * reports, labels given by the phrases they mark.
 */
final class TinyCorpus {
  private TinyCorpus() {}

  private static final String[][] ARTICLES = {
    {
      "201",
      "Kyiv junta strikes again\n\nThe junta shelled the market at dawn. Either the junta is"
          + " stopped, or more children will die.\n",
      "Name_Calling-Labeling=junta shelled|False_Dilemma-No_Choice=Either the junta is stopped, or"
          + " more children will die."
    },
    {
      "202",
      "Eco-zealots block the motorway\n\nThe eco-zealots glued themselves to the road again. Where"
          + " were they when the factories closed?\n",
      "Name_Calling-Labeling=eco-zealots glued|Whataboutism=Where were they when the factories"
          + " closed?"
    },
    {
      "203",
      "Council approves budget\n\nThe city council approved its budget on Tuesday, a spokeswoman"
          + " said.\n",
      ""
    },
    {
      "204",
      "No farmers, no food\n\nTractors filled the square on Monday. No farmers, no food! No"
          + " farmers, no food!\n",
      "Slogans=No farmers, no food! No|Repetition=No farmers, no food!\n"
    },
    {
      "205",
      "A barbaric attack\n\nThe barbaric attack killed four people in the night. Enough is enough.\n",
      "Loaded_Language=barbaric attack killed|Conversation_Killer=Enough is enough."
    },
    {
      "206",
      "Grain talks resume\n\nUkraine and Poland resumed talks on grain transit on Monday, officials"
          + " said.\n",
      ""
    }
  };

  /**
   * Writes the articles and one labels file into {@code dir}; {@code rename} turns each
   * SemEval-2023 label into the label to write (identity, or a mapping to PTC-14).
   */
  static Path write(Path dir, String labelsFile, UnaryOperator<String> rename) throws IOException {
    Files.createDirectories(dir);
    StringBuilder labels = new StringBuilder();
    for (String[] a : ARTICLES) {
      String text = a[1];
      Files.writeString(dir.resolve("article" + a[0] + ".txt"), text, StandardCharsets.UTF_8);
      if (a[2].isEmpty()) {
        continue;
      }
      for (String mark : a[2].split("\\|")) {
        String label = mark.substring(0, mark.indexOf('='));
        String anchor = mark.substring(mark.indexOf('=') + 1);
        // The anchor locates the phrase; a mark ending in a space-led word keeps only the phrase
        // before it ("junta shelled" marks "junta"), a trailing newline selects the last match.
        boolean last = anchor.endsWith("\n");
        String phrase = anchor.strip();
        int start = last ? text.lastIndexOf(phrase) : text.indexOf(phrase);
        if (start < 0) {
          throw new IllegalStateException("no '" + phrase + "' in article " + a[0]);
        }
        int end = start + phrase.length();
        if (label.equals("Name_Calling-Labeling")
            || label.equals("Loaded_Language")
            || label.equals("Slogans")) {
          end = start + phrase.substring(0, phrase.lastIndexOf(' ')).length();
        }
        labels
            .append(a[0])
            .append('\t')
            .append(rename.apply(label))
            .append('\t')
            .append(start)
            .append('\t')
            .append(end)
            .append('\n');
      }
    }
    Files.writeString(dir.resolve(labelsFile), labels.toString(), StandardCharsets.UTF_8);
    return dir;
  }
}
