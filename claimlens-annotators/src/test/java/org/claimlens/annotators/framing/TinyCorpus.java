package org.claimlens.annotators.framing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny SemEval-2025 T10 subtask 1 folder written for a test: a few short texts and their gold
 * mentions, with the end offsets inclusive as the task's files write them.
 */
final class TinyCorpus {
  private final List<String[]> documents = new ArrayList<>();
  private final StringBuilder annotations =
      new StringBuilder("article_id\tentity_mention\tstart\tend\tmain_role\tfine_roles\n");

  /** Adds {@code ID.txt} with {@code text}. */
  TinyCorpus document(String id, String text) {
    documents.add(new String[] {id, text});
    return this;
  }

  /** Annotates the first occurrence of {@code mention} in the last document added. */
  TinyCorpus mention(String mention, String main, String... fine) {
    String[] doc = documents.getLast();
    int start = doc[1].indexOf(mention);
    if (start < 0) {
      throw new IllegalArgumentException(mention + " is not in " + doc[0]);
    }
    annotations
        .append(doc[0])
        .append(".txt\t")
        .append(mention)
        .append('\t')
        .append(start)
        .append('\t')
        .append(start + mention.length() - 1)
        .append('\t')
        .append(main);
    for (String f : fine) {
      annotations.append('\t').append(f);
    }
    annotations.append('\n');
    return this;
  }

  Path writeTo(Path dir) throws IOException {
    Path raw = dir.resolve("raw-documents");
    Files.createDirectories(raw);
    for (String[] d : documents) {
      Files.writeString(raw.resolve(d[0] + ".txt"), d[1], StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve("subtask-1-annotations.txt"), annotations.toString(), StandardCharsets.UTF_8);
    return dir;
  }

  /** Six short texts of three voices, two or three mentions each. */
  static TinyCorpus sample() {
    return new TinyCorpus()
        .document(
            "T1",
            "NATO provoked the war\n\nNATO pushed eastward and provoked Moscow. Russia defended"
                + " its people. The civilians of Donetsk suffered under shelling.")
        .mention("NATO provoked", "Antagonist", "Instigator")
        .mention("Russia", "Protagonist", "Guardian")
        .mention("civilians of Donetsk", "Innocent", "Victim", "Forgotten")
        .document(
            "T2",
            "Russia invades\n\nRussia launched an invasion and shelled Kharkiv. Ukrainian soldiers"
                + " defended their city. Refugees fled the bombing.")
        .mention("Russia launched", "Antagonist", "Instigator", "Terrorist")
        .mention("Ukrainian soldiers", "Protagonist", "Guardian")
        .mention("Refugees", "Innocent", "Victim")
        .document(
            "T3",
            "Talks in Istanbul\n\nTurkey brokered a grain deal and hosted peace talks. The Kremlin"
                + " lied about the strikes.")
        .mention("Turkey", "Protagonist", "Peacemaker")
        .mention("Kremlin", "Antagonist", "Deceiver")
        .document(
            "T4",
            "Greta was right\n\nGreta Thunberg protested alone and refused to be silenced. Oil"
                + " companies hid the truth for decades.")
        .mention("Greta Thunberg", "Protagonist", "Rebel")
        .mention("Oil companies", "Antagonist", "Deceiver", "Conspirator")
        .document(
            "T5",
            "Brussels decides\n\nThe European Commission imposed quotas on every farm. Our farmers"
                + " are blamed for a crisis they did not create.")
        .mention("European Commission", "Antagonist", "Tyrant")
        .mention("Our farmers", "Innocent", "Scapegoat")
        .document(
            "T6",
            "A spy ring\n\nThe GRU recruited agents to spy on a base. Police officers arrested the"
                + " ring and protected the town.")
        .mention("GRU", "Antagonist", "Spy")
        .mention("Police officers", "Protagonist", "Guardian");
  }
}
