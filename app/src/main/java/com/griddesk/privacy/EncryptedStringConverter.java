package com.griddesk.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a personal-data column encrypted; the entity sees clear text. */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

  private final FieldEncryptor encryptor;

  public EncryptedStringConverter(FieldEncryptor encryptor) {
    this.encryptor = encryptor;
  }

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return encryptor.encrypt(attribute);
  }

  @Override
  public String convertToEntityAttribute(String dbData) {
    return encryptor.decrypt(dbData);
  }
}
