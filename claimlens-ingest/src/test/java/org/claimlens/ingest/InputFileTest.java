package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

  @TempDir Path dir;

  @Test
  void fileKeyIsStableUntilTheFileChanges() throws IOException {
    Path file = dir.resolve("wire.txt");
    Files.writeString(file, "Kyiv, March 3 (Wire) - Sirens sounded.");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-03-03T08:00:00Z")));

    String key = InputFile.of(file).sourceKey().orElseThrow();
    assertThat(new InputFile(file, "other/name.txt").sourceKey()).contains(key);
    assertThat(key)
        .isEqualTo("file:" + file.toRealPath() + "|" + Files.size(file) + "|1709452800000");

    Files.writeString(file, "Kyiv, March 3 (Wire) - Sirens sounded again.");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-03-03T09:00:00Z")));
    assertThat(InputFile.of(file).sourceKey()).isPresent().get().isNotEqualTo(key);
  }

  @Test
  void urlKeyIsTheUrlAndStdinAndMissingFilesHaveNone() {
    assertThat(InputFile.url(URI.create("https://kyivwire.example/feed.xml")).sourceKey())
        .contains("https://kyivwire.example/feed.xml");
    assertThat(InputFile.stdin().sourceKey()).isEmpty();
    assertThat(InputFile.of(dir.resolve("gone.txt")).sourceKey()).isEmpty();
  }

  @Test
  void onlyHttpUrlsAreInputs() {
    assertThatThrownBy(() -> InputFile.url(URI.create("file:///etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute http(s) URL");
    assertThat(InputFile.url(URI.create("https://a.example/")).isStdin()).isFalse();
    assertThat(InputFile.stdin().isStdin()).isTrue();
  }
}
