package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.PresentationRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentationRulesTest {

    @ParameterizedTest(name = "{8}")
    @CsvSource({
            "false, zh, false, false, true,  true,  true,  '',                        a Chinese photocopy, A4, original seen",
            "true,  en, true,  true,  true,  true,  true,  '',                        certified and translated",
            "true,  zh, false, false, true,  true,  true,  NOT_CONSULAR_CERTIFIED,    issued abroad without certification",
            "false, de, false, false, true,  true,  true,  NOT_TRANSLATED_WITH_SEAL,  German without a sealed translation",
            "false, zh, false, false, false, true,  true,  '',                        a declared A4 is not read: the files prove it",
            "false, zh, false, false, true,  false, true,  ORIGINAL_NOT_REVIEWED,     original not reviewed",
            "false, zh, false, false, false, false, false, '',                        an original needs no photocopy rules",
    })
    void appliesThePointsForAttentionToEachDocument(boolean abroad, String language, boolean certified,
            boolean translated, boolean a4, boolean originalReviewed, boolean photocopy, String expected, String why) {
        var reasons = PresentationRules.review(
                new Presentation(abroad, language, certified, translated, a4, originalReviewed), photocopy, false);
        assertThat(reasons).as(why).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "language {0}: valid {1}")
    @CsvSource(nullValues = "NULL", value = {"NULL, true", "en, true", "zh, true", "DE, true", "eng, false",
            "e, false", "'', false", "'en; drop', false"})
    void takesTheLanguageAsAnIso6391Code(String language, boolean valid) {
        Presentation p = new Presentation(true, language, true, true, true, true);
        assertThat(Presentation.invalid(p)).hasSize(valid ? 0 : 1);
        if (!valid) {
            assertThat(Presentation.invalid(p).get(0).field()).isEqualTo("presentation.language");
        }
    }

    @org.junit.jupiter.api.Test
    void refusesAHugeLanguage() {
        assertThat(Presentation.invalid(new Presentation(true, "Z".repeat(200_000), true, true, true, true)))
                .extracting(e -> e.field()).containsExactly("presentation.language");
    }
}
