package com.griddesk.privacy;

/** How personal data is shown where the full value is not needed: API answers and logs. */
public final class Masking {

  private Masking() {}

  /** 张三 -> 张*, 欧阳娜娜 -> 欧***; a one-character name is hidden entirely. */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int length = name.codePointCount(0, name.length());
    if (length == 1) {
      return "*";
    }
    int first = name.codePointAt(0);
    int rest = length - 1;
    return new StringBuilder().appendCodePoint(first).append("*".repeat(rest)).toString();
  }

  /** 13812345678 -> 138****5678; short numbers keep only their last two digits. */
  public static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return phone;
    }
    int n = phone.length();
    if (n >= 8) {
      return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
    }
    return "*".repeat(Math.max(0, n - 2)) + phone.substring(Math.max(0, n - 2));
  }
}
