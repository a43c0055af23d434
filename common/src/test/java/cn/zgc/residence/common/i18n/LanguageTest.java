package cn.zgc.residence.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | EN",
            "'' | EN",
            "zh | ZH",
            "zh-CN | ZH",
            "zh-Hans | ZH",
            "zh-Hant-TW | ZH",
            "ZH-cn | ZH",
            "en | EN",
            "en-GB,zh;q=0.9 | EN",
            "en;q=0.5,zh-CN;q=0.8 | ZH",
            "zh;q=0,en | EN",
            "de,fr;q=0.9 | EN",
            "de,zh;q=0.3 | ZH",
            "fr;q=0.9,en;q=0.8,zh;q=0.7 | EN",
            "*;q=0.5,zh;q=0.6 | ZH",
            "not a language range ;;; | EN",
            "zh;q=2 | EN",
    })
    void readsAcceptLanguageWithItsWeights(String header, Language expected) {
        assertThat(Language.of(header)).isEqualTo(expected);
    }

    @Test
    void picksTheTextOfItsLanguage() {
        assertThat(Language.ZH.pick("Not found", "未找到")).isEqualTo("未找到");
        assertThat(Language.EN.pick("Not found", "未找到")).isEqualTo("Not found");
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyProblemTitleIsInBothLanguagesAndTheTypeStays(ProblemKind kind) {
        Problem english = Problem.of(kind, "detail");
        Problem chinese = english.in(Language.ZH);
        assertThat(english.title()).matches("[\\x20-\\x7e]+");
        assertThat(chinese.title()).isNotEqualTo(english.title()).containsPattern("\\p{IsHan}");
        assertThat(chinese.type()).isEqualTo(english.type());
        assertThat(chinese.status()).isEqualTo(english.status());
        assertThat(chinese.in(Language.EN).title()).isEqualTo(english.title());
    }
}
