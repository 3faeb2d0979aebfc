package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.InputFile;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.model.Document;
import org.claimlens.pipeline.Pipeline;
import org.claimlens.store.DocumentRecord;
import org.claimlens.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed after it stored some documents but before it marked their sources done leaves
 * exactly that state behind; running ingest again must store every document exactly once.
 */
class IngestResumeTest {
  @TempDir Path dir;

  /** Five unrelated reports, so that none is a near-duplicate of another. */
  private static final List<String> REPORTS =
      List.of(
          "Strike on Kharkiv\n\nThe head of the regional administration said on Monday that"
              + " three people were injured when a missile hit a warehouse overnight.\n",
          "Grain corridor\n\nA bulk carrier loaded with 40,000 tonnes of wheat left Odesa on"
              + " Tuesday, the port authority said, the first departure in a week.\n",
          "Sanctions package\n\nEU ambassadors failed on Wednesday to agree on new sanctions"
              + " against Russian aluminium, diplomats in Brussels told reporters.\n",
          "Mobilisation rumours\n\nThe General Staff denied on Thursday that a new wave of"
              + " mobilisation would begin in spring, calling the claim a fake.\n",
          "Power cuts\n\nUkrenergo announced rolling blackouts for Friday evening after damage"
              + " to two thermal plants in the centre of the country.\n");

  @Test
  void aResumedIngestStoresEveryDocumentExactlyOnce() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < REPORTS.size(); i++) {
      Files.writeString(
          articles.resolve("report-" + i + ".txt"), REPORTS.get(i), StandardCharsets.UTF_8);
    }
    Path storeDir = dir.resolve("store");
    Pipeline pipeline = StandardPipeline.build(StandardPipeline.Options.defaults());
    // the state a kill -9 leaves: two documents committed, no source marked done
    try (Store store = Store.openEmbedded(storeDir)) {
      Corpus corpus = new Corpus(store, Encoders.minilm(), Corpus.Config.defaults());
      DocumentReaders readers = new DocumentReaders(ReaderOptions.defaults());
      for (int i : new int[] {0, 3}) {
        Document doc =
            readers.read(InputFile.of(articles.resolve("report-" + i + ".txt"))).documents().get(0);
        corpus.commit(corpus.prepare(pipeline.process(doc)));
      }
      assertThat(store.documentCount()).isEqualTo(2);
    }

    CliRun resumed = CliRun.of("ingest", "--store", storeDir.toString(), articles.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("3 new (0 reposts), 2 duplicates");
    try (Store store = Store.openEmbedded(storeDir)) {
      assertThat(store.documentCount()).isEqualTo(REPORTS.size());
      Set<String> ids = new HashSet<>();
      for (DocumentRecord d : store.documents(0, 100)) {
        assertThat(ids.add(d.id())).as("stored once: %s", d.id()).isTrue();
      }
      assertThat(ids).hasSize(REPORTS.size());
    }
    CliRun again = CliRun.of("ingest", "--store", storeDir.toString(), articles.toString());
    assertThat(again.out())
        .contains("0 new", "0 sources read, " + REPORTS.size() + " already done");
  }
}
