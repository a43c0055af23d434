package cn.zgc.residence.gateway.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-TW", "zh-Hant-HK", "ZH-cn", "zh-CN,zh;q=0.9,en;q=0.8",
            "en;q=0.5, zh;q=0.9", "fr, zh-CN;q=0.7, en;q=0.3", "*;q=0.1, zh-Hans;q=0.2"})
    void anyChineseRangePreferredOverEnglishMeansChinese(String header) {
        assertThat(Language.of(header)).isEqualTo(Language.ZH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "en-US", "fr", "de-DE, ja", "*", "zh;q=0.1, en", "en-GB, zh;q=0.9", "zh;q=0",
            "zh;q=0, en;q=0.5", "not a language range;;", "zh;q=2"})
    void englishOtherwise(String header) {
        assertThat(Language.of(header)).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void noHeaderMeansEnglish(String header) {
        assertThat(Language.of(header)).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @CsvSource({"EN, The request is not valid", "ZH, 请求无效"})
    void aTextIsGivenInTheLanguage(Language language, String expected) {
        assertThat(new Text("The request is not valid", "请求无效").in(language)).isEqualTo(expected);
    }
}
