package org.claimlens.annotators.techniques;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrases learned from training spans of the phrase-level techniques ("cold-blooded murder" as
 * Loaded_Language, "junta" as Name_Calling-Labeling), with how often each was labelled and how
 * often it occurs in the training texts at all. They propose candidates beside the authored
 * lexicon; the model weighs them by that ratio.
 *
 * <p>File format ({@code phrases.tsv}): {@code label<TAB>phrase<TAB>labelled<TAB>occurrences}, the
 * phrase as lower-cased tokens joined by single spaces. Immutable and thread-safe.
 */
final class PhraseBook {

  /**
   * One learned phrase.
   *
   * @param label the technique it was labelled with
   * @param phrase lower-cased tokens joined by single spaces
   * @param labelled how many training spans of {@code label} it was
   * @param occurrences how many times it occurs in the training texts, labelled or not
   */
  record Entry(String label, String phrase, int labelled, int occurrences) {
    /** A coarse precision bucket: {@code high}, {@code mid} or {@code low}. */
    String bucket() {
      double p = occurrences == 0 ? 0 : (double) labelled / occurrences;
      return p >= 0.6 ? "high" : p >= 0.3 ? "mid" : "low";
    }
  }

  static final PhraseBook EMPTY = new PhraseBook(List.of());

  private final List<Entry> entries;
  private final Map<String, Entry> byKey = new HashMap<>();
  private final TechniqueLexicon trie;

  PhraseBook(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    List<String[]> rows = new ArrayList<>();
    for (Entry e : this.entries) {
      byKey.put(e.label() + '\t' + e.phrase(), e);
      rows.add(new String[] {e.label(), e.phrase()});
    }
    this.trie = TechniqueLexicon.of(rows);
  }

  /** Learned phrases in tokens {@code [from, to)}; each match's category is its label. */
  List<TechniqueLexicon.Match> match(DocView v, int from, int to) {
    return trie.matchTokens(v.lower, from, to);
  }

  Entry entry(TechniqueLexicon.Match m) {
    Entry e = byKey.get(m.category() + '\t' + m.cue());
    if (e == null) {
      throw new IllegalStateException("no learned phrase " + m);
    }
    return e;
  }

  /**
   * Learns the phrases of {@code phraseLabels} from training documents: each gold span of up to
   * five tokens becomes a phrase, and its occurrences are counted over all the documents.
   */
  static PhraseBook learn(List<TrainingDoc> docs, List<String> phraseLabels) {
    Map<String, int[]> labelled = new TreeMap<>();
    for (TrainingDoc d : docs) {
      DocView v = d.view();
      for (TrainingDoc.Gold g : d.gold()) {
        if (!phraseLabels.contains(g.label())) {
          continue;
        }
        int t0 = v.tokenAtOrAfter(g.span().start());
        int t1 = v.tokenBefore(g.span().end());
        if (t1 <= t0 || t1 - t0 > 5) {
          continue;
        }
        StringBuilder ph = new StringBuilder();
        for (int i = t0; i < t1; i++) {
          ph.append(i > t0 ? " " : "").append(v.lower[i]);
        }
        labelled.computeIfAbsent(g.label() + '\t' + ph, k -> new int[1])[0]++;
      }
    }
    List<Entry> draft = new ArrayList<>();
    labelled.forEach(
        (k, n) -> {
          String[] f = k.split("\t", 2);
          draft.add(new Entry(f[0], f[1], n[0], 0));
        });
    PhraseBook counting = new PhraseBook(draft);
    Map<String, int[]> occurrences = new HashMap<>();
    for (TrainingDoc d : docs) {
      DocView v = d.view();
      for (TechniqueLexicon.Match m : counting.match(v, 0, v.tokens)) {
        occurrences.computeIfAbsent(m.category() + '\t' + m.cue(), k -> new int[1])[0]++;
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : draft) {
      int[] occ = occurrences.get(e.label() + '\t' + e.phrase());
      int count = occ == null ? 0 : occ[0];
      out.add(new Entry(e.label(), e.phrase(), e.labelled(), Math.max(e.labelled(), count)));
    }
    return new PhraseBook(out);
  }

  String write() {
    StringBuilder b = new StringBuilder("# label\tphrase\tlabelled\toccurrences\n");
    for (Entry e : entries) {
      b.append(e.label())
          .append('\t')
          .append(e.phrase())
          .append('\t')
          .append(e.labelled())
          .append('\t')
          .append(e.occurrences())
          .append('\n');
    }
    return b.toString();
  }

  static PhraseBook read(Reader reader, String source) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        out.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      } catch (RuntimeException e) {
        throw new IOException(source + ":" + n + ": expected label, phrase, labelled, occurrences");
      }
    }
    return new PhraseBook(out);
  }
}
