package org.claimlens.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrfTest {

  @Test
  void fromCounts() {
    Prf prf = Prf.ofCounts(3, 4, 6);

    assertThat(prf.precision()).isEqualTo(0.75);
    assertThat(prf.recall()).isEqualTo(0.5);
    assertThat(prf.f1()).isCloseTo(0.6, within(1e-12));
    assertThat(prf.keyValues("source")).isEqualTo("source_p=0.750 source_r=0.500 source_f1=0.600");
  }

  @Test
  void nothingPredictedAndNoGoldAreZeroNotNaN() {
    assertThat(Prf.ofCounts(0, 0, 5)).isEqualTo(Prf.ZERO);
    assertThat(Prf.ofCounts(0, 5, 0)).isEqualTo(Prf.ZERO);
  }

  @Test
  void moreTruePositivesThanPredictionsIsAMistake() {
    assertThatThrownBy(() -> Prf.ofCounts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsWithADotWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Prf.format(2.0 / 3)).isEqualTo("0.667");
    } finally {
      Locale.setDefault(before);
    }
  }
}
