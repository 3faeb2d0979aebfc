package org.claimlens.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A small authored corpus for the store tests: war news, a channel repost, an official statement, a
 * fact-check, in three languages, with topic vectors whose axes are named below so that kNN tests
 * can say what they expect.
 */
final class Corpus {
  static final int DIMS = 16;
  static final int ENERGY = 0;
  static final int GRAIN = 1;
  static final int DRONES = 2;
  static final int MOBILISATION = 3;
  static final int NUCLEAR = 4;
  static final int NATO = 5;

  static final String BLAME = "URW: Blaming the war on others rather than the invader";
  static final String FEAR = "URW: Amplifying war-related fears";
  static final String DISCREDIT = "URW: Discrediting Ukraine";

  private Corpus() {}

  /** A vector pointing mostly along {@code axis}, with small noise seeded by {@code seed}. */
  static float[] topic(int axis, String seed) {
    Random random = new Random(seed.hashCode());
    float[] v = new float[DIMS];
    for (int i = 0; i < DIMS; i++) {
      v[i] = (float) (random.nextGaussian() * 0.05);
    }
    v[axis] += 1f;
    return v;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** A claim spec: text, source, source type, topic axis, intermediaries. */
  record C(String text, @Nullable String source, String type, int axis, List<String> via) {}

  static C claim(String text, @Nullable String source, String type, int axis, String... via) {
    return new C(text, source, type, axis, List.of(via));
  }

  static DocumentRecord doc(
      String id,
      @Nullable String outlet,
      @Nullable String published,
      String language,
      String title,
      String text,
      int axis,
      List<String> narratives,
      C... claims) {
    List<ClaimRecord> records = new ArrayList<>();
    for (int i = 0; i < claims.length; i++) {
      C c = claims[i];
      records.add(
          ClaimRecord.of(
              id, i, c.text(), c.source(), c.source(), c.type(), c.via(), topic(c.axis(), id + i)));
    }
    String url = outlet == null ? null : "https://news.example/" + id;
    return new DocumentRecord(
        id,
        0,
        sha256(text),
        url,
        title,
        url == null ? null : url + "?utm_source=telegram",
        outlet,
        published,
        language,
        "fixtures/" + id + ".txt",
        text,
        "{\"schema\":\"claimlens/1\",\"id\":\"" + id + "\"}",
        topic(axis, id),
        narratives,
        null,
        null,
        records);
  }

  static final DocumentRecord KYIV_DRONES =
      doc(
          "kyiv-drones",
          "Kyiv Independent",
          "2024-03-12",
          "en",
          "Air defence downs 31 drones over Kyiv region overnight",
          "Air defence units shot down 31 Shahed-type drones over the Kyiv region overnight, the"
              + " Kyiv City Military Administration said on Tuesday. Debris fell on a warehouse in"
              + " the Darnytskyi district, where a fire broke out and was put out by morning. No"
              + " casualties were reported. A senior air force officer said the attack came in"
              + " three waves from the north and east.",
          DRONES,
          List.of(),
          claim(
              "31 drones were shot down over the Kyiv region",
              "Kyiv City Military" + " Administration",
              "official_body",
              DRONES),
          claim(
              "the attack came in three waves",
              "a senior air force officer",
              "anonymous_person",
              DRONES));

  static final DocumentRecord GRAIN_CORRIDOR =
      doc(
          "grain-corridor",
          "Reuters",
          "2024-03-05",
          "en",
          "Odesa ports ship record grain volumes despite strikes",
          "Ukraine's Black Sea ports shipped more grain in February than in any month since the"
              + " start of the full-scale invasion, Deputy Prime Minister Oleksandr Kubrakov said."
              + " Traders told Reuters that insurance premiums for ships calling at Odesa had fallen"
              + " by a third. The corridor hugs the western coast, within reach of Ukrainian air"
              + " defence.",
          GRAIN,
          List.of(),
          claim(
              "ports shipped more grain in February than in any month since the invasion",
              "Oleksandr Kubrakov",
              "named_person",
              GRAIN),
          claim(
              "insurance premiums had fallen by a third",
              "traders",
              "anonymous_group",
              GRAIN,
              "Reuters"));

  static final DocumentRecord ZNPP_TASS =
      doc(
          "znpp-tass",
          "TASS",
          "2024-03-20",
          "en",
          "Rosatom says Ukrainian drone hit Zaporizhzhia nuclear plant",
          "A Ukrainian drone struck the training centre of the Zaporizhzhia nuclear power plant,"
              + " Rosatom said, calling the attack nuclear terrorism. According to the plant's"
              + " Russian-installed administration, radiation levels remained normal. The"
              + " International Atomic Energy Agency said its experts on site could not confirm"
              + " where the drone came from.",
          NUCLEAR,
          List.of(BLAME, FEAR),
          claim(
              "a Ukrainian drone struck the training centre of the plant",
              "Rosatom",
              "official_body",
              NUCLEAR),
          claim(
              "radiation levels remained normal",
              "the plant's Russian-installed" + " administration",
              "official_body",
              NUCLEAR),
          claim(
              "its experts could not confirm where the drone came from",
              "International Atomic Energy Agency",
              "named_organization",
              NUCLEAR));

  static final DocumentRecord ZNPP_REPOST =
      doc(
          "znpp-repost",
          "Rybar",
          "2024-03-21",
          "ru",
          "Удар по ЗАЭС",
          "Киевский режим снова атаковал Запорожскую АЭС дроном, сообщает Росатом. По словам"
              + " источников в администрации станции, ущерб незначительный. Западные кураторы"
              + " молчат.",
          NUCLEAR,
          List.of(BLAME),
          claim(
              "Киевский режим снова атаковал Запорожскую АЭС",
              "Росатом",
              "official_body",
              NUCLEAR,
              "Rybar"),
          claim(
              "ущерб незначительный",
              "источники в администрации станции",
              "anonymous_group",
              NUCLEAR));

  static final DocumentRecord ENERGY_STRIKE =
      doc(
          "energy-strike",
          "Ukrinform",
          "2024-03-22",
          "en",
          "Massive missile strike hits DniproHES and thermal plants",
          "Russia launched more than 60 missiles and 90 drones at Ukraine's energy system, damaging"
              + " the DniproHES dam in Zaporizhzhia, Ukrenergo said. Power cuts hit Kharkiv, Odesa"
              + " and Dnipro. Officials in Kharkiv, speaking on condition of anonymity, said the"
              + " city's thermal plant was destroyed.",
          ENERGY,
          List.of(),
          claim("the DniproHES dam was damaged", "Ukrenergo", "official_body", ENERGY),
          claim(
              "the city's thermal plant was destroyed",
              "officials in Kharkiv",
              "anonymous_group",
              ENERGY));

  static final DocumentRecord MOBILISATION_DW =
      doc(
          "mobilisation-dw",
          "DW",
          "2024-04-02",
          "de",
          "Selenskyj senkt Mobilisierungsalter auf 25 Jahre",
          "Präsident Wolodymyr Selenskyj hat das Gesetz unterzeichnet, das das Mindestalter für die"
              + " Mobilisierung von 27 auf 25 Jahre senkt. Nach Angaben des Verteidigungsministeriums"
              + " fehlen an der Front vor allem Infanteristen.",
          MOBILISATION,
          List.of(DISCREDIT),
          claim(
              "an der Front fehlen vor allem Infanteristen",
              "Verteidigungsministerium",
              "official_body",
              MOBILISATION,
              "DW"));

  static final DocumentRecord NATO_FACTCHECK =
      doc(
          "nato-factcheck",
          "StopFake",
          "2024-03-25",
          "en",
          "Fake: video does not show NATO troops arriving in Odesa",
          "A video shared on Telegram claims to show French soldiers disembarking in Odesa. The"
              + " footage was filmed in 2021 during a joint exercise in Romania, StopFake found."
              + " The channel that first posted it cited unnamed sources in the French army.",
          NATO,
          List.of(FEAR),
          claim(
              "the video shows French soldiers disembarking in Odesa",
              "unnamed sources in the" + " French army",
              "anonymous_group",
              NATO,
              "a Telegram channel"),
          claim("the footage was filmed in 2021 in Romania", "StopFake", "media_outlet", NATO));

  static final DocumentRecord UNDATED_POST =
      doc(
          "undated-post",
          null,
          null,
          "en",
          "Channel post",
          "Sirens again in Sumy. Stay in shelters until the all-clear.",
          DRONES,
          List.of(),
          claim("sirens again in Sumy", null, "unattributed", DRONES));

  /** All of them, in the order tests insert them. */
  static final List<DocumentRecord> ALL =
      List.of(
          KYIV_DRONES,
          GRAIN_CORRIDOR,
          ZNPP_TASS,
          ZNPP_REPOST,
          ENERGY_STRIKE,
          MOBILISATION_DW,
          NATO_FACTCHECK,
          UNDATED_POST);

  /** A copy of {@code doc} under another id and hash (a distinct document with the same claims). */
  static DocumentRecord variant(DocumentRecord doc, String id, @Nullable String canonicalUrl) {
    List<ClaimRecord> claims = new ArrayList<>();
    for (ClaimRecord c : doc.claims()) {
      claims.add(
          ClaimRecord.of(
              id,
              c.index(),
              c.text(),
              c.sourceText(),
              c.sourceCanonical(),
              c.sourceType(),
              c.via(),
              c.vector()));
    }
    String text = doc.text() + " (Updated " + id + ".)";
    return new DocumentRecord(
        id,
        0,
        sha256(text),
        canonicalUrl,
        doc.title(),
        doc.url(),
        doc.outlet(),
        doc.published(),
        doc.language(),
        doc.sourceFile(),
        text,
        doc.json(),
        doc.vector(),
        doc.narratives(),
        null,
        null,
        claims);
  }
}
