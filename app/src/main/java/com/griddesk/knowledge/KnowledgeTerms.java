package com.griddesk.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into the terms of the knowledge base's own index, the same way for articles and for questions, so
 * that neither database needs a Chinese tokenizer. Chinese has no spaces between words and most words are two
 * characters long, so a run of Han characters yields its overlapping character pairs (bigrams): 缴纳电费 gives
 * 缴纳, 纳电, 电费, and any question that contains 电费 finds it, whatever words surround it. Letters and digits of
 * other scripts form words (lower case, e.g. app, 95598). Text is NFKC-normalised first, so full-width ＡＰＰ and
 * ９５５９８ are app and 95598.
 *
 * <p>Articles also index each Han character alone, so that a question with a one-character run (电, 交 电费) finds
 * something; a question's runs of two or more characters search their bigrams only.
 */
final class KnowledgeTerms {

  /** Words are cut to this many characters; the column holds 64 UTF-16 units, enough for any term. */
  static final int MAX_WORD = 32;

  private KnowledgeTerms() {}

  /** Every term of the text for the index: the bigrams and the single characters of its Han runs, and its words. */
  static Set<String> forIndex(String text) {
    Set<String> terms = new LinkedHashSet<>();
    split(text, run -> {
      for (int i = 0; i < run.size(); i++) {
        terms.add(run.get(i));
        if (i + 1 < run.size()) {
          terms.add(run.get(i) + run.get(i + 1));
        }
      }
    }, terms::add);
    return terms;
  }

  /**
   * The terms of a question in order of first appearance, with how often each occurs: the bigrams of its Han runs
   * (a run of one character is that character) and its words.
   */
  static Map<String, Integer> forQuery(String text) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    Consumer<String> add = term -> terms.merge(term, 1, Integer::sum);
    split(text, run -> {
      if (run.size() == 1) {
        add.accept(run.get(0));
      }
      for (int i = 0; i + 1 < run.size(); i++) {
        add.accept(run.get(i) + run.get(i + 1));
      }
    }, add);
    return terms;
  }

  /** The text as the index sees it: NFKC, lower case. Used to find a term in an article's body. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Hands each run of Han characters (as a list of characters, a rare one may be two UTF-16 units) and each word on. */
  private static void split(String text, Consumer<List<String>> hanRun, Consumer<String> word) {
    if (text == null || text.isEmpty()) {
      return;
    }
    String folded = fold(text);
    List<String> run = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    int letterCount = 0;
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      i += Character.charCount(codePoint);
      boolean han = isHan(codePoint);
      boolean letter = !han && Character.isLetterOrDigit(codePoint);
      if (!han && !run.isEmpty()) {
        hanRun.accept(run);
        run = new ArrayList<>();
      }
      if (!letter && letterCount > 0) {
        word.accept(letters.toString());
        letters.setLength(0);
        letterCount = 0;
      }
      if (han) {
        run.add(new String(Character.toChars(codePoint)));
      } else if (letter && letterCount < MAX_WORD) {
        letters.appendCodePoint(codePoint);
        letterCount++;
      }
    }
    if (!run.isEmpty()) {
      hanRun.accept(run);
    }
    if (letterCount > 0) {
      word.accept(letters.toString());
    }
  }
}
