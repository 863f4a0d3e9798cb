package com.griddesk.knowledge;

import java.util.Arrays;
import java.util.Collection;

/**
 * A short plain-text extract of an article's body around the first place a search term occurs, so that an agent
 * sees why the article was found. Whitespace is collapsed; cut ends are marked with "…".
 */
final class Snippet {

  /** Characters of the extract, and how many of them come before the match. */
  static final int LENGTH = 80;
  static final int BEFORE = 20;
  static final String CUT = "…";

  private Snippet() {}

  static String of(String body, Collection<String> terms) {
    int[] text = body.replaceAll("\\s+", " ").strip().codePoints().toArray();
    int match = firstMatch(text, terms);
    int start = match < 0 ? 0 : Math.max(0, Math.min(match - BEFORE, text.length - LENGTH));
    int end = Math.min(text.length, start + LENGTH);
    return (start > 0 ? CUT : "") + new String(text, start, end - start).strip() + (end < text.length ? CUT : "");
  }

  /** The character (code point) index of the earliest term in the text as the index folds it; -1 if none. */
  private static int firstMatch(int[] text, Collection<String> terms) {
    // Fold character by character, remembering where each folded unit came from, so a match maps back.
    StringBuilder folded = new StringBuilder(text.length);
    int[] origin = new int[text.length * 4 + 1];
    for (int i = 0; i < text.length; i++) {
      String one = KnowledgeTerms.fold(new String(Character.toChars(text[i])));
      for (int unit = 0; unit < one.length(); unit++) {
        if (folded.length() == origin.length) {
          origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[folded.length()] = i;
        folded.append(one.charAt(unit));
      }
    }
    int best = -1;
    for (String term : terms) {
      int at = indexOf(folded, term);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best < 0 ? -1 : origin[best];
  }

  /** Where the term occurs; a word (app) only as a whole word, not inside another (happy). */
  private static int indexOf(StringBuilder folded, String term) {
    boolean word = !KnowledgeTerms.isHan(term.codePointAt(0));
    for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      int end = at + term.length();
      if (!word || (!letterOrDigitBefore(folded, at) && !letterOrDigitAt(folded, end))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean letterOrDigitBefore(StringBuilder text, int index) {
    if (index == 0) {
      return false;
    }
    int codePoint = Character.codePointBefore(text, index);
    return Character.isLetterOrDigit(codePoint) && !KnowledgeTerms.isHan(codePoint);
  }

  private static boolean letterOrDigitAt(StringBuilder text, int index) {
    if (index >= text.length()) {
      return false;
    }
    int codePoint = Character.codePointAt(text, index);
    return Character.isLetterOrDigit(codePoint) && !KnowledgeTerms.isHan(codePoint);
  }
}
