package com.griddesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** How articles and questions are split into search terms. */
class KnowledgeTermsTest {

  @Test
  void anArticleIndexesTheBigramsAndSingleCharactersOfEachChineseRun() {
    assertThat(KnowledgeTerms.forIndex("缴纳电费"))
        .containsExactly("缴", "缴纳", "纳", "纳电", "电", "电费", "费");
  }

  @Test
  void aQuestionSearchesItsBigramsOnly() {
    assertThat(KnowledgeTerms.forQuery("怎么交电费").keySet()).containsExactly("怎么", "么交", "交电", "电费");
  }

  @Test
  void aOneCharacterRunOfAQuestionIsSearchedAsThatCharacter() {
    assertThat(KnowledgeTerms.forQuery("电").keySet()).containsExactly("电");
    assertThat(KnowledgeTerms.forQuery("交 电费").keySet()).containsExactly("交", "电费");
  }

  @Test
  void punctuationAndSpacesEndARun() {
    assertThat(KnowledgeTerms.forQuery("电费，缴纳 方式").keySet()).containsExactly("电费", "缴纳", "方式");
    assertThat(KnowledgeTerms.forIndex("电费。缴纳")).doesNotContain("费缴");
  }

  @Test
  void lettersAndDigitsFormLowerCaseWordsBetweenChineseRuns() {
    assertThat(KnowledgeTerms.forQuery("拨打95598或下载网上国网APP").keySet())
        .containsExactly("拨打", "95598", "或下", "下载", "载网", "网上", "上国", "国网", "app");
    assertThat(KnowledgeTerms.forQuery("Wi-Fi 220V").keySet()).containsExactly("wi", "fi", "220v");
  }

  @Test
  void fullWidthLettersAndDigitsAreTheirAsciiSelves() {
    assertThat(KnowledgeTerms.forQuery("ＡＰＰ缴费９５５９８").keySet()).containsExactly("app", "缴费", "95598");
  }

  @Test
  void rareCharactersOutsideTheBasicPlaneArePairedWhole() {
    assertThat(KnowledgeTerms.forIndex("住𠀀村")).contains("住𠀀", "𠀀村", "𠀀");
    assertThat(KnowledgeTerms.forQuery("𠀀村").keySet()).containsExactly("𠀀村");
  }

  @Test
  void longWordsAreCutTheSameWayEverywhere() {
    String word = "a".repeat(40);

    assertThat(KnowledgeTerms.forIndex(word)).containsExactly("a".repeat(KnowledgeTerms.MAX_WORD));
    assertThat(KnowledgeTerms.forQuery(word).keySet()).containsExactly("a".repeat(KnowledgeTerms.MAX_WORD));
  }

  @Test
  void aQuestionCountsHowOftenEachTermOccurs() {
    assertThat(KnowledgeTerms.forQuery("电费电费 app APP")).containsExactly(
        entry("电费", 2), entry("费电", 1), entry("app", 2));
  }

  @Test
  void nothingToSearchInEmptyTextOrPunctuation() {
    assertThat(KnowledgeTerms.forQuery(null)).isEmpty();
    assertThat(KnowledgeTerms.forQuery("")).isEmpty();
    assertThat(KnowledgeTerms.forQuery("？！……，。 -")).isEmpty();
  }
}
