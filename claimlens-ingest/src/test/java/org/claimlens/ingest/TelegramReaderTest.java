package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramReaderTest {

  @TempDir Path dir;

  @Test
  void channelPostsBecomeDocumentsAndServiceAndMediaOnlyMessagesAreSkipped() {
    ReadResult result = readResource("telegram/channel/result.json");

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly(
            "telegram:1876543210/2",
            "telegram:1876543210/3",
            "telegram:1876543210/4",
            "telegram:1876543210/6");
  }

  @Test
  void stringTextKeepsChannelAsOutletAndExactDate() {
    Document post = readResource("telegram/channel/result.json").documents().getFirst();

    assertThat(post.text())
        .isEqualTo(
            "Air defence shot down 11 of 13 drones over the Dnipropetrovsk region overnight,"
                + " the regional governor said.");
    assertThat(post.metadata())
        .isEqualTo(
            new Metadata(
                null,
                null,
                "Frontline Digest",
                "2024-03-01T12:34:56Z",
                "telegram/channel/result.json#2"));
  }

  @Test
  void arrayTextIsConcatenatedWithoutLinkTargets() {
    Document post = readResource("telegram/channel/result.json").documents().get(1);

    assertThat(post.text())
        .isEqualTo(
            "UNCONFIRMED: local channels report explosions in #Kherson. Officials have not"
                + " commented. Details: regional administration.");
  }

  @Test
  void forwardedMessageNamesItsOriginInTheTitle() {
    Document post = readResource("telegram/channel/result.json").documents().get(2);

    assertThat(post.metadata().title()).isEqualTo("Forwarded from Ministry of Defence Updates");
    assertThat(post.text()).startsWith("According to preliminary data");
  }

  @Test
  void mentionsAndNewlinesInsideArraysAreKept() {
    Document post = readResource("telegram/channel/result.json").documents().getLast();

    assertThat(post.text())
        .isEqualTo(
            "Update: the governor confirmed two explosions, citing @kherson_oda_example.\n"
                + "No casualties were reported.");
  }

  @Test
  void usernameGivesTmeLinksAndLocalDateIsKeptAsWrittenWithoutUnixTime() {
    List<Document> docs = readResource("telegram/group/result.json").documents();

    assertThat(docs)
        .extracting(Document::id)
        .containsExactly(
            "https://t.me/odesa_volunteers_example/101",
            "https://t.me/odesa_volunteers_example/102");
    assertThat(docs.getFirst().metadata().url())
        .isEqualTo("https://t.me/odesa_volunteers_example/101");
    assertThat(docs.getFirst().metadata().published()).isEqualTo("2023-07-20T03:10:00");
    assertThat(docs.getFirst().metadata().outlet()).isEqualTo("Odesa Volunteers Chat");
    assertThat(docs.get(1).text()).startsWith("Reposting from the city council: the water");
  }

  @Test
  void truncatedExportKeepsTheMessagesBeforeTheCutAndNamesWhere() {
    ReadResult result = readResource("telegram/truncated/result.json");

    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly("telegram:1876543210/2");
    assertThat(result.problems()).hasSize(1);
    InputProblem problem = result.problems().getFirst();
    assertThat(problem.isError()).isTrue();
    assertThat(problem.message())
        .startsWith("telegram/truncated/result.json: skipped: invalid JSON at line ")
        .endsWith("; the 1 message before it was kept");
  }

  @Test
  void exportIsToldFromJsonLinesByContentNotName() {
    String export =
        """
        {"name": "Daily Brief", "type": "private_channel", "id": 77,
         "messages": [{"id": 1, "type": "message", "date": "2024-01-05T08:00:00",
                       "text": "Morning brief: talks resume in Istanbul, two sources said."}]}
        """;
    Document doc = readAs("backup.json", export).documents().getFirst();
    assertThat(doc.id()).isEqualTo("telegram:77/1");

    ReadResult jsonl = readAs("lines.json", "{\"id\": \"a\", \"text\": \"Not a chat export.\"}\n");
    assertThat(jsonl.documents()).extracting(Document::id).containsExactly("a");
  }

  @Test
  void exportOverTheSizeLimitIsStreamedNotSkipped() throws IOException {
    StringBuilder json =
        new StringBuilder("{\"name\": \"Big Channel\", \"type\": \"public_channel\", \"id\": 5,\n");
    json.append(" \"messages\": [\n");
    for (int i = 1; i <= 200; i++) {
      json.append(i == 1 ? "" : ",\n")
          .append("  {\"id\": ")
          .append(i)
          .append(", \"type\": \"message\", \"date_unixtime\": \"")
          .append(1_700_000_000L + i * 60L)
          .append("\", \"text\": \"Situation report ")
          .append(i)
          .append(": shelling reported near Pokrovsk, the brigade said.\"}");
    }
    json.append("\n ]\n}\n");
    Path export = dir.resolve("result.json");
    Files.writeString(export, json, StandardCharsets.UTF_8);
    var readers = new DocumentReaders(new ReaderOptions(4096));

    List<Document> seen = new ArrayList<>();
    List<InputProblem> problems = readers.read(new InputFile(export, "result.json"), seen::add);

    assertThat(Files.size(export)).isGreaterThan(4096);
    assertThat(problems).isEmpty();
    assertThat(seen).hasSize(200);
    assertThat(seen.getLast().id()).isEqualTo("telegram:5/200");
  }
}
