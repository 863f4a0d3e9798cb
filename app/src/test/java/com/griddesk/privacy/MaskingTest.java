package com.griddesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.GridDeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names and phone numbers are shown where the full value is not needed. */
@GridDeskTest
class MaskingTest {

  @ParameterizedTest
  @CsvSource({
      "张三, 张*",
      "欧阳娜娜, 欧***",
      "阿依古丽·买买提, 阿*******",
      "𠀀三, 𠀀*"})
  void aNameKeepsOnlyItsFirstCharacter(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  @org.junit.jupiter.api.Test
  void aOneCharacterNameIsHiddenEntirely() {
    assertThat(Masking.name("琳")).isEqualTo("*");
  }

  @ParameterizedTest
  @CsvSource({
      "13812345678, 138****5678",
      "+8613812345678, +86*******5678",
      "010-12345678, 010*****5678",
      "0571-87654321, 057******4321",
      "95598, ***98"})
  void aPhoneKeepsOnlyItsEndsAndItsLength(String phone, String masked) {
    assertThat(Masking.phone(phone)).isEqualTo(masked).hasSameSizeAs(phone);
  }

  @Test
  void missingValuesStayMissing() {
    assertThat(Masking.name(null)).isNull();
    assertThat(Masking.phone(null)).isNull();
    assertThat(Masking.name(" ")).isEqualTo(" ");
    assertThat(Masking.phone("")).isEmpty();
  }
}
