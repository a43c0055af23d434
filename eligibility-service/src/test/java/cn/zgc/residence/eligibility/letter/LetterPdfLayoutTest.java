package cn.zgc.residence.eligibility.letter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.OffsetDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every track's letter can be set in the committed fonts (a missing character would fail here) and is stable. */
class LetterPdfLayoutTest {

    @ParameterizedTest
    @EnumSource(Track.class)
    void everyTracksLetterIsSetInBothLanguagesTheSameWayTwice(Track track) throws Exception {
        Letter letter = new Letter("ZGC-2026-000042", OffsetDateTime.parse("2026-11-30T10:15:30.123456+08:00"), track,
                83, 70, "baseline-2024", "APP-2026-0042", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "https://api.zgc-residence.example/verify/letters/ZGC-2026-000042?code=ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        byte[] pdf = LetterPdf.render(letter);
        assertArrayEquals(pdf, LetterPdf.render(letter));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {LetterText.trackZh(track), LetterText.trackEn(track),
                    "2026年11月30日", "30 November 2026", "83 / 100 分", "ZGC-2026-000042", LetterText.TITLE_ZH}) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(document.getDocumentInformation().getCreationDate().toInstant()
                    .equals(OffsetDateTime.parse("2026-11-30T10:15:30+08:00").toInstant()));
        }
    }
}
