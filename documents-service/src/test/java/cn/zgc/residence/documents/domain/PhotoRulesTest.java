package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.PhotoRules;
import cn.zgc.residence.documents.domain.rules.PhotoRules.Background;
import cn.zgc.residence.documents.domain.rules.PhotoRules.Medium;
import cn.zgc.residence.documents.domain.rules.PhotoRules.Size;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoRulesTest {

    private final PhotoRules rules = new PhotoRules();

    @ParameterizedTest(name = "{10}")
    @CsvSource({
            "2, 1, CD,    2026-01-10, WHITE, true,  true,  TWO_INCH, true,  '',                         everything as required",
            "3, 2, CD,    2025-09-10, WHITE, true,  true,  TWO_INCH, true,  '',                         more photos and taken exactly 6 months before",
            "1, 1, CD,    2026-01-10, WHITE, true,  true,  TWO_INCH, true,  TOO_FEW_PRINTED_PHOTOS,     one printed photo",
            "2, 0, CD,    2026-01-10, WHITE, true,  true,  TWO_INCH, true,  '',                         the digital photo is its file, not a count",
            "2, 1, EMAIL, 2026-01-10, WHITE, true,  true,  TWO_INCH, true,  '',                         nor a medium",
            "2, 1, CD,    2025-09-09, WHITE, true,  true,  TWO_INCH, true,  PHOTO_NOT_RECENT,           taken 6 months and a day before",
            "2, 1, CD,    2026-01-10, BLUE,  true,  true,  TWO_INCH, true,  PHOTO_BACKGROUND_NOT_WHITE, blue background",
            "2, 1, CD,    2026-01-10, WHITE, false, true,  TWO_INCH, true,  PHOTO_NOT_BAREHEADED,       wearing a hat",
            "2, 1, CD,    2026-01-10, WHITE, true,  false, TWO_INCH, true,  PHOTO_NOT_FRONT_FACING,     profile photo",
            "2, 1, CD,    2026-01-10, WHITE, true,  true,  ONE_INCH, true,  PHOTO_NOT_TWO_INCH,         1-inch",
            "2, 1, CD,    2026-01-10, WHITE, true,  true,  TWO_INCH, false, PHOTO_NOT_COLOUR,           black and white",
    })
    void checksEveryPhotoRequirement(int printed, int digital, Medium medium, LocalDate takenOn, Background background,
            boolean bareheaded, boolean frontFacing, Size size, boolean colour, String expected, String why) {
        var metadata = new PhotoRules.Metadata(printed, digital, medium, takenOn, background, bareheaded,
                frontFacing, size, colour, null);
        var reasons = rules.review(metadata, Examples.context("PHOTOS", LocalDate.of(2026, 3, 10)));
        if (expected.isBlank()) {
            assertThat(reasons).as(why).isEmpty();
        } else {
            assertThat(reasons).as(why).extracting(Reason::code).containsExactly(expected);
        }
    }
}
