package com.griddesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** AES-256-GCM for personal data columns: versioned, randomised, and refusing anything it did not seal. */
@GridDeskTest
class FieldEncryptorTest {

  @Autowired
  FieldEncryptor encryptor;

  @Test
  void decryptsWhatItEncrypted() {
    for (String plain : new String[] {"张三", "13812345678", "欧阳娜娜 😀 O'Brien", ""}) {
      String sealed = encryptor.encrypt(plain);
      assertThat(sealed).startsWith("v1:").doesNotContain(plain.isEmpty() ? "\u0000" : plain);
      assertThat(encryptor.decrypt(sealed)).isEqualTo(plain);
    }
  }

  @Test
  void equalPlaintextsGiveDistinctCiphertexts() {
    String first = encryptor.encrypt("张三");
    String second = encryptor.encrypt("张三");

    assertThat(first).isNotEqualTo(second);
    assertThat(encryptor.decrypt(first)).isEqualTo(encryptor.decrypt(second)).isEqualTo("张三");
  }

  @Test
  void nullStaysNull() {
    assertThat(encryptor.encrypt(null)).isNull();
    assertThat(encryptor.decrypt(null)).isNull();
  }

  @Test
  void refusesTamperedCiphertext() {
    String sealed = encryptor.encrypt("13812345678");
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

    assertThatThrownBy(() -> encryptor.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesClearTextAndUnknownVersions() {
    assertThatThrownBy(() -> encryptor.decrypt("张三")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> encryptor.decrypt("v2:" + encryptor.encrypt("张三").substring(3)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyCannotDecrypt() {
    FieldEncryptor otherKey = new FieldEncryptor(key("another-griddesk-key-of-32-bytes"));

    assertThatThrownBy(() -> otherKey.decrypt(encryptor.encrypt("张三"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesKeysThatAreNotAes256() {
    assertThatThrownBy(() -> new FieldEncryptor("not base64!")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new FieldEncryptor(key("sixteen-byte-key"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
  }

  private static String key(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
