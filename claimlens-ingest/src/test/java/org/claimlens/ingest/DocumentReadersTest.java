package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.bytes;
import static org.claimlens.ingest.TestInputs.concat;
import static org.claimlens.ingest.TestInputs.join;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;
import static org.claimlens.ingest.TestInputs.readStdin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReadersTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad-input/binary.bin | bad-input/binary.bin: skipped: binary file (NUL bytes in the first 8 KB)",
        "bad-input/empty.txt  | bad-input/empty.txt: skipped: empty file",
      })
  void badInputIsSkippedWithAReasonNamingTheFile(String file, String message) {
    assertThatRead(readResource(file)).wasSkippedWith(message);
  }

  @Test
  void whitespaceOnlyFileIsEmpty() {
    assertThatRead(readAs("blank.txt", concat(bytes(0xEF, 0xBB, 0xBF), " \r\n\t\n  ")))
        .wasSkippedWith("blank.txt: skipped: empty file");
  }

  @Test
  void knownMagicNumbersAreNamedWhateverTheExtension() {
    assertThatRead(readAs("report.txt", concat(bytes('%', 'P', 'D', 'F', '-'), "1.7\n1 0 obj")))
        .wasSkippedWith("report.txt: skipped: binary file (PDF document)");
    assertThatRead(readAs("report.txt", concat(bytes('P', 'K', 3, 4), "word/document.xml")))
        .wasSkippedWith("report.txt: skipped: binary file (ZIP archive)");
    assertThatRead(readAs("feed.jsonl", concat(bytes(0x1F, 0x8B, 8), "compressed")))
        .wasSkippedWith("feed.jsonl: skipped: binary file (GZIP archive)");
  }

  @Test
  void imagesAreNamed() {
    assertThatRead(readAs("photo.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')))
        .wasSkippedBecause("binary file (JPEG image)");
    assertThatRead(readAs("map.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0)))
        .wasSkippedBecause("binary file (PNG image)");
  }

  @Test
  void manyControlCharactersMakeAFileBinary() {
    byte[] content = new byte[200];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
    }

    assertThatRead(readAs("dump.txt", content))
        .wasSkippedWith("dump.txt: skipped: binary file (25% control characters)");
  }

  @Test
  void fileOverTheLimitIsSkippedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "Shelling reported. ".repeat(20)); // 380 bytes
    var readers = new DocumentReaders(new ReaderOptions(100));

    assertThatRead(readers.read(new InputFile(big, "articles/big.txt")))
        .wasSkippedWith(
            "articles/big.txt: skipped: 380 bytes is over the 100 bytes limit (--max-bytes)");
  }

  @Test
  void fileAtTheLimitIsRead() throws IOException {
    Path exact = dir.resolve("exact.txt");
    Files.writeString(exact, "x".repeat(100));

    assertThat(new DocumentReaders(new ReaderOptions(100)).read(InputFile.of(exact)).documents())
        .hasSize(1);
  }

  @Test
  void stdinIsReadOnlyUpToTheLimit() {
    assertThatRead(readStdin("Shelling reported. ".repeat(20), new ReaderOptions(100)))
        .wasSkippedWith("-: skipped: stdin is over the 100 bytes limit (--max-bytes)");
  }

  @Test
  void sizesAreWrittenForPeople() {
    assertThat(DocumentReaders.size(7_654_321)).isEqualTo("7.3 MB");
    assertThat(DocumentReaders.size(ReaderOptions.DEFAULT_MAX_BYTES)).isEqualTo("5.0 MB");
    assertThat(DocumentReaders.size(14_540)).isEqualTo("14.2 KB");
    assertThat(DocumentReaders.size(1)).isEqualTo("1 byte");
  }

  @Test
  void defaultLimitIsFiveMegabytes() {
    assertThat(ReaderOptions.defaults().maxBytes()).isEqualTo(5L * 1024 * 1024);
  }

  @Test
  void missingFileAndFolderAreProblemsNotExceptions() throws IOException {
    var readers = new DocumentReaders(ReaderOptions.defaults());
    Files.createDirectory(dir.resolve("wire"));

    assertThatRead(readers.read(new InputFile(dir.resolve("gone.txt"), "gone.txt")))
        .wasSkippedWith("gone.txt: skipped: no such file or directory");
    assertThatRead(readers.read(new InputFile(dir.resolve("wire"), "wire")))
        .wasSkippedWith("wire: skipped: is a directory");
  }

  @Test
  void stdinTextIsOneDocumentNamedStdin() {
    Document doc =
        assertThatRead(readStdin("Explosions heard in Belgorod, the governor said.\n"))
            .hasNoProblems()
            .singleDocument();

    assertThat(doc.id()).isEqualTo("stdin");
    assertThat(doc.metadata().sourceFile()).isEqualTo("-");
  }

  @Test
  void stdinHtmlIsSniffedFromItsFirstCharacter() {
    Document doc =
        readStdin("\n  <!doctype html><p>Ferry &amp; barge traffic resumed.</p>")
            .documents()
            .getFirst();

    assertThat(doc.text()).isEqualTo("Ferry & barge traffic resumed.");
  }

  @Test
  void extensionDecidesOverContent() {
    assertThat(readAs("note.txt", "<p>Not parsed as HTML</p>").documents().getFirst().text())
        .isEqualTo("<p>Not parsed as HTML</p>");
    assertThat(readAs("notes.md", "# Kyiv\n\nText").documents().getFirst().text())
        .isEqualTo("# Kyiv\n\nText");
  }

  @Test
  void unknownExtensionIsSniffed() {
    assertThat(readAs("feed.json", "{\"text\": \"Ferry ran.\"}").documents().getFirst().id())
        .isEqualTo("feed-1");
    assertThat(readAs("page.php", "<html><body><p>Ferry ran.</p></body></html>").documents())
        .extracting(Document::text)
        .containsExactly("Ferry ran.");
  }

  @Test
  void utf16WithByteOrderMarkIsText() {
    byte[] content =
        join(bytes(0xFF, 0xFE), "Ferry ran to Izmail.".getBytes(StandardCharsets.UTF_16LE));

    Document doc = assertThatRead(readAs("win.txt", content)).hasNoProblems().singleDocument();

    assertThat(doc.text()).isEqualTo("Ferry ran to Izmail.");
  }

  @Test
  void idIsTheFileNameWithoutExtension() {
    assertThat(DocumentReaders.stem("articles/wire-kyiv.txt")).isEqualTo("wire-kyiv");
    assertThat(DocumentReaders.stem("feed.2024.jsonl")).isEqualTo("feed.2024");
    assertThat(DocumentReaders.stem("README")).isEqualTo("README");
  }
}
