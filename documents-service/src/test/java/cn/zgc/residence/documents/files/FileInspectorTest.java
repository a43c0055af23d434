package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.MediaKind;
import cn.zgc.residence.documents.files.inspect.FileInspector;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import java.awt.Color;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The inspector on real generated files, and on generated hostile bytes: a measurement or a 4xx, nothing else. */
class FileInspectorTest {

    private final FileInspector inspector = new FileInspector(50_000_000, 200, 100_000);

    @Test
    void measuresEveryPageOfAPdf() {
        Path file = SampleFiles.temp(SampleFiles.pdf(PDRectangle.A4, 3));
        assertThat(FileInspector.detect(file)).isEqualTo(MediaKind.PDF);
        FileMeasurements m = inspector.measure(file, MediaKind.PDF, false);
        assertThat(m.pageCount()).isEqualTo(3);
        assertThat(m.pages()).allSatisfy(p -> {
            assertThat(p.widthTenthMm()).isEqualTo(2100);
            assertThat(p.heightTenthMm()).isEqualTo(2970);
        });
    }

    @Test
    void measuresAPhotosBordersAfterReadingItsSize() {
        Path file = SampleFiles.temp(DocumentFiles.photo(413, 591, Color.WHITE, 2, 80));
        FileMeasurements m = inspector.measure(file, MediaKind.JPEG, true);
        assertThat(m.image().widthPx()).isEqualTo(413);
        assertThat(m.image().bitsPerPixel()).isEqualTo(24);
        assertThat(m.image().colourChannels()).isEqualTo(3);
        assertThat(m.image().border().meanLuma()).isGreaterThan(245);
        assertThat(m.image().border().lumaSpread()).isLessThan(5);
    }

    @Test
    void refusesAPixelBombBeforeDecodingIt() {
        Path png = SampleFiles.temp(SampleFiles.pngDeclaring(100_000, 100_000));
        assertThatThrownBy(() -> inspector.measure(png, MediaKind.PNG, true)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.problem().errors().get(0).message()).isEqualTo("IMAGE_TOO_MANY_PIXELS"));
        Path jpeg = SampleFiles.temp(SampleFiles.jpegDeclaring(65_000, 65_000));
        assertThatThrownBy(() -> inspector.measure(jpeg, MediaKind.JPEG, true)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.problem().errors().get(0).message()).isEqualTo("IMAGE_TOO_MANY_PIXELS"));
    }

    @Property(tries = 60)
    void hostileBytesGiveAMeasurementOrA4xxNeverAnotherFailure(@ForAll("hostile") byte[] bytes) {
        Path file = SampleFiles.temp(bytes);
        try {
            MediaKind kind = FileInspector.detect(file);
            inspector.measure(file, kind, kind == MediaKind.JPEG);
        } catch (ApiException e) {
            assertThat(e.problem().status()).isBetween(400, 499);
        } finally {
            file.toFile().delete();
        }
    }

    /** Real files cut short or overwritten at random places, magic numbers followed by noise, and pixel bombs. */
    @Provide
    Arbitrary<byte[]> hostile() {
        Arbitrary<byte[]> valid = Arbitraries.of(SampleFiles.pdf(PDRectangle.A4, 2), SampleFiles.scan("png", 64, 90),
                SampleFiles.scan("jpeg", 64, 90), SampleFiles.javascriptPdf(true), SampleFiles.encryptedPdf(""));
        Arbitrary<byte[]> damaged = Combinators.combine(valid, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 64), Arbitraries.bytes()).as((file, at, length, value) -> {
                    byte[] copy = file.clone();
                    int start = Math.min(at, copy.length - 1);
                    for (int i = start; i < Math.min(copy.length, start + length); i++) {
                        copy[i] = value;
                    }
                    return copy;
                });
        Arbitrary<byte[]> truncated = Combinators.combine(valid, Arbitraries.integers().between(1, 4000))
                .as((file, length) -> java.util.Arrays.copyOf(file, Math.min(file.length, length)));
        Arbitrary<byte[]> magicAndNoise = Combinators.combine(
                Arbitraries.of("%PDF-1.7\n", "\u0089PNG\r\n\u001a\n", "\u00ff\u00d8\u00ff\u00e0", "GIF89a", "MZ", "<html>"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000))
                .as((magic, noise) -> {
                    byte[] head = magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    byte[] out = java.util.Arrays.copyOf(head, head.length + noise.length);
                    System.arraycopy(noise, 0, out, head.length, noise.length);
                    return out;
                });
        Arbitrary<byte[]> bombs = Combinators.combine(Arbitraries.integers().between(1, 200_000),
                Arbitraries.integers().between(1, 200_000)).as(SampleFiles::pngDeclaring);
        return Arbitraries.oneOf(damaged, truncated, magicAndNoise, bombs);
    }
}
