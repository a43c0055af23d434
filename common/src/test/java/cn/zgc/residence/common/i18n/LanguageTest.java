package cn.zgc.residence.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import java.util.List;
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
        Problem english = Problem.of(kind, new Text("The detail", "详细说明"));
        Problem chinese = english.in(Language.ZH);
        assertThat(english.title()).matches("[\\x20-\\x7e]+");
        assertThat(english.detail()).isEqualTo("The detail");
        assertThat(chinese.title()).isNotEqualTo(english.title()).containsPattern("\\p{IsHan}");
        assertThat(chinese.detail()).isEqualTo("详细说明");
        assertThat(chinese.type()).isEqualTo(english.type());
        assertThat(chinese.status()).isEqualTo(english.status());
        assertThat(english.in(Language.EN)).isEqualTo(english);
    }

    @Test
    void aValidationProblemGivesItsSummaryAndFieldMessagesInTheLanguage() {
        Problem english = ApiException.invalid(List.of(
                new FieldError("amount", new Text("must be positive", "须大于 0")),
                FieldError.localised("currency", "只接受 CNY"))).problem();
        Problem chinese = english.in(Language.ZH);

        assertThat(english.detail()).isEqualTo("2 fields are not valid");
        assertThat(chinese.detail()).isEqualTo("2 个字段无效");
        assertThat(english.errors()).extracting(FieldError::message).containsExactly("must be positive", "只接受 CNY");
        assertThat(chinese.errors()).extracting(FieldError::message).containsExactly("须大于 0", "只接受 CNY");
        assertThat(ApiException.invalid("amount", new Text("must be positive", "须大于 0")).problem()
                .in(Language.ZH).detail()).isEqualTo("amount: 须大于 0");
    }
}
