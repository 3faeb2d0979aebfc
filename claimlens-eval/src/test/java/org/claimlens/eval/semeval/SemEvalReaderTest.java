package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemEvalReaderTest {

  static final String TEXT = "Yesterday Vladimir Putin met the Kremlin press pool.";

  @TempDir Path dir;

  void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void readsRawDocumentsAndBothSubtasks() throws IOException {
    write("raw-documents/EN_UA_1.txt", TEXT);
    write("subtask-1-annotations.txt", "EN_UA_1.txt\tVladimir Putin\t10\t23\tAntagonist\tTyrant\n");
    write("subtask-2-annotations.txt", "EN_UA_1.txt\tOther\tOther\n");

    SemEvalCorpus corpus = SemEvalReader.readFolder(dir);

    assertThat(corpus.errors()).isEmpty();
    assertThat(corpus.documents()).containsOnlyKeys("EN_UA_1.txt");
    assertThat(corpus.roles())
        .singleElement()
        .satisfies(r -> assertThat(r.span()).isEqualTo(Span.of(10, 24)));
    assertThat(corpus.narratives()).hasSize(1);
  }

  @Test
  void annotationFilesOfOtherNamesAreRecognisedByTheirFormat() throws IOException {
    write("raw-documents/EN_UA_1.txt", TEXT);
    write("a-roles.txt", "EN_UA_1.txt\tVladimir Putin\t10\t23\tAntagonist\tTyrant\n");
    write("b-narratives.txt", "EN_UA_1.txt\tOther\tOther\n");

    SemEvalCorpus corpus = SemEvalReader.readFolder(dir);

    assertThat(corpus.roles()).hasSize(1);
    assertThat(corpus.narratives()).hasSize(1);
  }

  @Test
  void aMentionThatDoesNotMatchItsTextIsAWarning() throws IOException {
    write("raw-documents/EN_UA_1.txt", TEXT);
    write("subtask-1-annotations.txt", "EN_UA_1.txt\tVladimir Putin\t10\t24\tAntagonist\tTyrant\n");

    SemEvalCorpus corpus = SemEvalReader.readFolder(dir);

    assertThat(corpus.roles()).hasSize(1);
    assertThat(corpus.errors())
        .containsExactly(
            "warning: subtask 1 mention EN_UA_1.txt 10-24 is \"Vladimir Putin\" but the text there"
                + " is \"Vladimir Putin \"");
  }

  @Test
  void aMalformedAnnotationFileIsReportedAndLeftOut() throws IOException {
    write("subtask-2-annotations.txt", "EN_UA_1.txt\tOther\n");

    SemEvalCorpus corpus = SemEvalReader.readFolder(dir);

    assertThat(corpus.narratives()).isEmpty();
    assertThat(corpus.errors())
        .singleElement()
        .asString()
        .startsWith("subtask-2-annotations.txt:1: ");
  }
}
