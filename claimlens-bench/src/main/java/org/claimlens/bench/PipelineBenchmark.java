package org.claimlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.InputFile;
import org.claimlens.ingest.InputWalker;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.model.Document;
import org.claimlens.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default pipeline on one article at a time, per stage prefix, over the example articles.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -q -DskipTests -pl claimlens-bench -am package
 * java -cp 'claimlens-bench/target/claimlens-bench.jar:claimlens-bench/target/lib/*' \
 *     org.openjdk.jmh.Main PipelineBenchmark -t 2
 * </pre>
 *
 * <p>{@code stages} runs the first N annotators of the pipeline, so the difference between rows is
 * the cost of one annotator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx384m"})
public class PipelineBenchmark {

  @Param({"examples/articles"})
  public String corpus;

  @Param({"1", "2", "99"})
  public int stages;

  private Pipeline pipeline;
  private List<Document> docs;

  @Setup(Level.Trial)
  public void setUp() {
    Path dir = Path.of(corpus);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("run from the repository root: no folder " + dir);
    }
    Pipeline full = StandardPipeline.build(StandardPipeline.Options.defaults());
    Pipeline.Builder b = Pipeline.builder();
    full.annotators().stream().limit(stages).forEach(b::add);
    pipeline = b.build();
    DocumentReaders readers = new DocumentReaders(ReaderOptions.defaults());
    docs = new ArrayList<>();
    for (InputFile f : InputWalker.expand(List.of(corpus)).files()) {
      docs.addAll(readers.read(f).documents());
    }
  }

  /** Per-thread cursor, so concurrent threads walk the articles independently. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public Document analyzeOneArticle(Cursor cursor) {
    Document d = docs.get(cursor.next++ % docs.size());
    return pipeline.process(d);
  }
}
