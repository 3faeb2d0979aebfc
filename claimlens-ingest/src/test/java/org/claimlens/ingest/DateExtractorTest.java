package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-14                    | 2024-03-14",
        "2024-03-14T09:12:00+02:00     | 2024-03-14T07:12:00Z",
        "2024-03-14T09:12:00.123Z      | 2024-03-14T09:12:00Z",
        "2024-03-14T09:12:00+0200      | 2024-03-14T07:12:00Z",
        "2024-03-14T09:12:00           | 2024-03-14",
        "Thu, 14 Mar 2024 09:12:00 GMT | 2024-03-14T09:12:00Z",
        "14 March 2024                 | 2024-03-14",
        "14th Mar. 2024                | 2024-03-14",
        "March 14, 2024                | 2024-03-14",
        "SEPTEMBER 21, 2022            | 2022-09-21",
        "14.03.2024                    | 2024-03-14",
        "14 March 2024, 09:12 UTC      | 2024-03-14T09:12:00Z",
        "March 14, 2024 at 11:12 UTC+2 | 2024-03-14T09:12:00Z",
        "14 March 2024 09:12 EET       | 2024-03-14",
      })
  void metadataValuesBecomeIso(String value, String iso) {
    assertThat(DateExtractor.parse(value)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "yesterday", "31 February 2024", "03/04/2024", "March 14", "1066-10-14"})
  void valuesWithoutARealFullDateGiveNothing(String value) {
    assertThat(DateExtractor.parse(value)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "Published: 14 March 2024                          => 2024-03-14",
        "Published 12 May 2023                             => 2023-05-12",
        "Posted on Thursday, March 14, 2024                => 2024-03-14",
        "Date: 14.03.2024                                  => 2024-03-14",
        "By Olena Petrenko | 14 March 2024                 => 2024-03-14",
        "Thursday, 14 March 2024                           => 2024-03-14",
        "KYIV, March 3, 2024 (Reuters) - Drones were shot. => 2024-03-03",
        "WASHINGTON/KYIV, 14 March 2024 - Aid was agreed.  => 2024-03-14",
        "Dnipro Press Agency | Published 25 August 2022, 18:40 Kyiv time => 2022-08-25",
        "By Lucía Ferrer · July 3, 2025 · 6 min read => 2025-07-03",
        "Issued on 5 June 2025 => 2025-06-05",
        "Updated 15 March 2024 | Published 14 March 2024 => 2024-03-14",
      })
  void dateLinesAtTheTopGiveTheDate(String line, String iso) {
    assertThat(DateExtractor.findInText("Headline\n\n" + line + "\n\nBody.")).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KYIV, March 3 (Reuters) - Ukraine said it downed 38 drones.",
        "ODESA, Ukraine, July 20 (Black Sea Bureau) — Missiles struck the port for a third night.",
        "Russia mobilisation decree of 21 September 2022 explained for families",
        "The strike on 14 March 2024 killed two people.",
      })
  void datelinesWithoutAYearAndDatesInProseGiveNothing(String line) {
    assertThat(DateExtractor.findInText(line)).isEmpty();
  }

  @Test
  void publishedWinsOverUpdatedWhichIsOnlyAFallback() {
    assertThat(DateExtractor.findInText("Updated: 15 March 2024\nPublished: 14 March 2024"))
        .contains("2024-03-14");
    assertThat(DateExtractor.findInText("Updated: 15 March 2024\n\nBody.")).contains("2024-03-15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-14", "2024-03-14T09:12:00+02:00", "2024-03-14T09:12Z"})
  void isoValuesAreRecognisedAsIso(String value) {
    assertThat(DateExtractor.isIsoLooking(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"14 March 2024", "2024/03/14", "2024-03-14 in Kyiv"})
  void otherValuesAreNotIso(String value) {
    assertThat(DateExtractor.isIsoLooking(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KYIV, March 14 (Meridian Wire) - Russian forces launched drones.",
        "ODESA, Ukraine, July 20 (Black Sea Bureau) — Missiles struck the port.",
        "Kyiv, 14 March 2024 — The mayor said.",
      })
  void datelinesAreRecognised(String line) {
    assertThat(DateExtractor.isDateline(line)).isTrue();
  }

  @Test
  void aSentenceIsNoDateline() {
    assertThat(DateExtractor.isDateline("Officials said on March 14 that talks would resume."))
        .isFalse();
  }
}
