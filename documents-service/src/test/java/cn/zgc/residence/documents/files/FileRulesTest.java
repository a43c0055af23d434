package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.files.domain.FileCheck;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Border;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Image;
import cn.zgc.residence.documents.files.domain.FileMeasurements.PageSize;
import cn.zgc.residence.documents.files.domain.FileNames;
import cn.zgc.residence.documents.files.domain.FileRules;
import cn.zgc.residence.documents.files.domain.ItemFileRules;
import cn.zgc.residence.documents.files.domain.ItemFileRules.CheckedFile;
import cn.zgc.residence.documents.files.domain.MediaKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file checks as pure rules: each row a file's measurements and the reason expected (or none). */
class FileRulesTest {

    /** The parameters of V21 (and the baseline ones the item rules read). */
    static final RuleParameters PARAMETERS = new RuleParameters(Map.ofEntries(
            Map.entry("A4_WIDTH_MM", 210), Map.entry("A4_HEIGHT_MM", 297), Map.entry("A4_TOLERANCE_MM", 3),
            Map.entry("SCAN_MIN_DPI", 200), Map.entry("SCAN_PROPORTION_TOLERANCE_PERMILLE", 30),
            Map.entry("ITEM_MAX_PAGES", 60), Map.entry("PHOTO_WIDTH_MM", 33), Map.entry("PHOTO_HEIGHT_MM", 48),
            Map.entry("PHOTO_MIN_DPI", 300), Map.entry("PHOTO_MAX_DPI", 600),
            Map.entry("PHOTO_PROPORTION_TOLERANCE_PERMILLE", 20), Map.entry("PHOTO_MIN_KB", 40),
            Map.entry("PHOTO_MAX_KB", 120), Map.entry("PHOTO_BACKGROUND_MIN_LUMA", 230),
            Map.entry("PHOTO_BACKGROUND_MAX_SPREAD", 16), Map.entry("DIGITAL_PHOTOS", 1), Map.entry("TAX_YEARS", 4)));

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2100x2970                     | ''                 | an A4 page exactly",
            "2970x2100                     | ''                 | an A4 page in landscape",
            "2120x2950                     | ''                 | within 3 mm on each side",
            "2159x2794                     | NOT_A4             | US letter",
            "2100x2970 2100x3560           | NOT_A4             | one legal-length page among A4 pages",
            "1480x2100                     | NOT_A4             | A5",
    })
    void aPdfPhotocopyIsA4OnEveryPage(String pages, String expected, String why) {
        List<PageSize> sizes = Arrays.stream(pages.trim().split("\\s+")).map(p -> p.split("x"))
                .map(p -> new PageSize(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
        List<FileCheck> checks = FileRules.checks("PASSPORT", true, FileMeasurements.pdf(1000, sizes), PARAMETERS);
        assertThat(failures(checks)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2480 | 3508 | ''                      | A4 at 300 dpi",
            "1654 | 2339 | ''                      | A4 at 200 dpi (the least)",
            "3508 | 2480 | ''                      | A4 at 300 dpi, landscape",
            "1240 | 1754 | SCAN_RESOLUTION_TOO_LOW | A4 at 150 dpi",
            "2550 | 3300 | SCAN_NOT_A4_PROPORTIONS | US letter at 300 dpi",
            "2000 | 2000 | SCAN_NOT_A4_PROPORTIONS | a square",
    })
    void anImageScanHasA4ProportionsAndEnoughResolution(int width, int height, String expected, String why) {
        FileMeasurements m = FileMeasurements.image(MediaKind.PNG, 1000, new Image(width, height, 24, 3, null));
        assertThat(failures(FileRules.checks("TAX_CERTIFICATES", true, m, PARAMETERS))).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', value = {
            "JPEG | 413 | 591  | 24 | 3 | 80  | 250 4  | ''                                                  | a good photo at 318 dpi",
            "JPEG | 390 | 567  | 24 | 3 | 40  | 250 4  | ''                                                  | the least size and file size",
            "PNG  | 413 | 591  | 24 | 3 | 80  | 250 4  | PHOTO_NOT_JPEG                                      | a PNG",
            "JPEG | 413 | 591  | 8  | 1 | 80  | 250 4  | PHOTO_NOT_24_BIT_COLOUR                             | a grey photo",
            "JPEG | 354 | 472  | 24 | 3 | 80  | 250 4  | PHOTO_WRONG_PROPORTIONS                             | the visa format 354 x 472 (3:4)",
            "JPEG | 330 | 480  | 24 | 3 | 80  | 250 4  | PHOTO_WRONG_PIXEL_SIZE                              | 33 x 48 mm at 254 dpi",
            "JPEG | 990 | 1440 | 24 | 3 | 80  | 250 4  | PHOTO_WRONG_PIXEL_SIZE                              | 33 x 48 mm at 762 dpi",
            "JPEG | 413 | 591  | 24 | 3 | 30  | 250 4  | PHOTO_FILE_SIZE_OUT_OF_BOUNDS                       | 30 KB",
            "JPEG | 413 | 591  | 24 | 3 | 121 | 250 4  | PHOTO_FILE_SIZE_OUT_OF_BOUNDS                       | 121 KB",
            "JPEG | 413 | 591  | 24 | 3 | 80  | 200 4  | PHOTO_BACKGROUND_NOT_WHITE                          | a grey background",
            "JPEG | 413 | 591  | 24 | 3 | 80  | 240 30 | PHOTO_BACKGROUND_UNEVEN                             | a patchy background",
            "JPEG | 300 | 300  | 8  | 1 | 10  | 100 50 | PHOTO_NOT_24_BIT_COLOUR PHOTO_WRONG_PROPORTIONS PHOTO_FILE_SIZE_OUT_OF_BOUNDS PHOTO_BACKGROUND_NOT_WHITE | everything wrong",
    })
    void theDigitalPhotoIsAColourJpegOf33By48MillimetresOnWhite(MediaKind kind, int width, int height, int bits,
            int channels, int kb, String border, String expected, String why) {
        String[] b = border.trim().split(" ");
        FileMeasurements m = FileMeasurements.image(kind, kb * 1024L, new Image(width, height, bits, channels,
                new Border(Integer.parseInt(b[0]), Integer.parseInt(b[1]))));
        assertThat(failures(FileRules.checks("PHOTOS", false, m, PARAMETERS))).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "PASSPORT         | 1     | ''                | one page",
            "PASSPORT         | ''    | FILE_MISSING      | no file",
            "PASSPORT         | 40 30 | TOO_MANY_PAGES    | 70 pages",
            "TAX_CERTIFICATES | 2 1   | TAX_PAGES_TOO_FEW | three pages for four years",
            "TAX_CERTIFICATES | 4     | ''                | four pages for four years",
            "PHOTOS           | 1 1   | PHOTO_FILE_COUNT  | two digital photos",
    })
    void anItemsFilesTogetherHaveTheRightCountAndPages(String code, String pagesPerFile, String expected, String why) {
        List<CheckedFile> files = pagesPerFile.isBlank() ? List.of() : Arrays.stream(pagesPerFile.trim().split(" "))
                .map(p -> new CheckedFile("f", new FileMeasurements(MediaKind.PDF, 1, Integer.parseInt(p), List.of(),
                        null), List.of())).toList();
        assertThat(String.join(" ", ItemFileRules.reasons(code, files, PARAMETERS).stream().map(Reason::code).toList()))
                .as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "passport.pdf        | true",
            "护照 第1页.jpg       | true",
            "../../etc/passwd    | false",
            "C:\\\\boot.ini      | false",
            "dir/page.pdf        | false",
            ".hidden             | false",
            "a\u0000b.pdf        | false",
            "x\u202Efdp.exe      | false",
    })
    void aFileNameIsALabelNeverAPath(String name, boolean accepted) {
        assertThat(FileNames.refusal(name).isEmpty()).isEqualTo(accepted);
    }

    private static String failures(List<FileCheck> checks) {
        return String.join(" ", checks.stream().filter(c -> !c.passed()).map(c -> c.reason().code()).toList());
    }
}
