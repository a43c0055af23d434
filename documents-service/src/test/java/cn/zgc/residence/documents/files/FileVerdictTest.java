package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.AppliesWhen;
import cn.zgc.residence.documents.domain.DocumentReview;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.Examples;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.domain.RulesBasis;
import cn.zgc.residence.documents.domain.RulesVerdict;
import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.MedicalCertificateRules;
import cn.zgc.residence.documents.domain.rules.NoCriminalRecordRules;
import cn.zgc.residence.documents.domain.rules.Periods;
import cn.zgc.residence.documents.domain.rules.PhotoRules;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.domain.rules.TaxPaymentRules;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.MediaKind;
import cn.zgc.residence.documents.files.inspect.FileInspector;
import cn.zgc.residence.documents.files.service.ItemEvidence.Measured;
import cn.zgc.residence.documents.files.service.ItemEvidence;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * An item's rules verdict with its files: each file generated (PDFBox, ImageIO), detected and measured as an upload
 * is, then the item reviewed. What a file can prove comes from the file whatever the metadata declares; what no file
 * can prove stays a declaration in the verdict's basis.
 */
class FileVerdictTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
    private static final RuleParameters PARAMETERS;

    static {
        Map<String, Integer> all = new HashMap<>(Examples.PARAMETERS.values());
        all.putAll(FileRulesTest.PARAMETERS.values());
        PARAMETERS = new RuleParameters(all);
    }

    private final FileInspector inspector = new FileInspector(50_000_000, 200, 100_000);

    /** A4 is declared, and declared original reviewed: the metadata an honest photocopy would carry. */
    private static final Presentation DECLARED_A4 = new Presentation(false, "zh", false, false, true, true);

    private final MedicalCertificateRules medical = new MedicalCertificateRules();
    private final MedicalCertificateRules.Metadata medicalCertificate = new MedicalCertificateRules.Metadata(
            MedicalCertificateRules.Issuer.DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT, AS_OF.minusMonths(1), DECLARED_A4);

    @Test
    void aPhotocopyWithoutAFileIsNotSatisfiedWhateverItDeclares() {
        DocumentReview.Outcome outcome = review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true, List.of());
        assertThat(outcome.verdict()).isEqualTo(RulesVerdict.NOT_SATISFIED);
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("FILE_MISSING");
        assertThat(outcome.reasons().get(0).zh()).isEqualTo("该项尚未上传文件");
        assertThat(outcome.basis().proven()).isEmpty();
    }

    @Test
    void anA4PdfProvesTheA4FormAndTheOriginalStaysDeclared() {
        DocumentReview.Outcome outcome = review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true,
                List.of(measured(SampleFiles.pdf(PDRectangle.A4, 2))));
        assertThat(outcome.verdict()).isEqualTo(RulesVerdict.SATISFIED);
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.basis()).isEqualTo(new RulesBasis(1, 2, List.of(RulesBasis.A4, RulesBasis.PAGE_COUNT),
                List.of(RulesBasis.ORIGINAL_REVIEWED)));
    }

    @Test
    void aLetterSizePdfIsNotA4ThoughA4IsDeclared() {
        DocumentReview.Outcome outcome = review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true,
                List.of(measured(SampleFiles.pdf(PDRectangle.A4, 1)), measured(SampleFiles.pdf(SampleFiles.LETTER, 1))));
        assertThat(outcome.verdict()).isEqualTo(RulesVerdict.NOT_SATISFIED);
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("NOT_A4");
        assertThat(outcome.reasons().get(0).en()).startsWith("file 2 (").contains("Not A4", "215.9 x 279.4 mm");
        assertThat(outcome.reasons().get(0).zh()).contains("非A4幅面");
        assertThat(outcome.basis().proven()).containsExactly(RulesBasis.PAGE_COUNT);
    }

    @Test
    void anImageScanMustBeA4AtTheLeastResolution() {
        assertThat(review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true,
                List.of(measured(SampleFiles.scan("jpeg", 1240, 1754)))).reasons())
                .extracting(Reason::code).containsExactly("SCAN_RESOLUTION_TOO_LOW");
        assertThat(review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true,
                List.of(measured(SampleFiles.scan("png", 1654, 2339)))).verdict()).isEqualTo(RulesVerdict.SATISFIED);
    }

    @Test
    void aDamagedFileProvesNothing() {
        FileMeasurements a4 = measure(SampleFiles.pdf(PDRectangle.A4, 1));
        DocumentReview.Outcome outcome = review(medical, medicalCertificate, "MEDICAL_CERTIFICATE", true,
                List.of(new Measured(UUID.randomUUID(), a4, true)));
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("FILE_DAMAGED");
        assertThat(outcome.basis().proven()).doesNotContain(RulesBasis.A4);
    }

    @Test
    void theTaxCertificatesNeedAPagePerYear() {
        TaxPaymentRules tax = new TaxPaymentRules();
        TaxPaymentRules.Metadata metadata = new TaxPaymentRules.Metadata(true, List.of(new Periods.MonthRange(
                YearMonth.from(AS_OF).minusMonths(60), YearMonth.from(AS_OF).minusMonths(1))), DECLARED_A4);
        assertThat(review(tax, metadata, "TAX_CERTIFICATES", true, List.of(measured(SampleFiles.pdf(PDRectangle.A4, 3))))
                .reasons()).extracting(Reason::code).containsExactly("TAX_PAGES_TOO_FEW");
        assertThat(review(tax, metadata, "TAX_CERTIFICATES", true, List.of(measured(SampleFiles.pdf(PDRectangle.A4, 2)),
                measured(SampleFiles.pdf(PDRectangle.A4, 2)))).verdict()).isEqualTo(RulesVerdict.SATISFIED);
    }

    @Test
    void theDigitalPhotoIsItsFileAndTheFaceStaysDeclared() {
        PhotoRules photos = new PhotoRules();
        // no digital count, no medium: the uploaded JPEG is the digital photo
        PhotoRules.Metadata metadata = new PhotoRules.Metadata(2, null, null, AS_OF.minusMonths(1),
                PhotoRules.Background.WHITE, true, true, PhotoRules.Size.TWO_INCH, true, null);
        assertThat(review(photos, metadata, "PHOTOS", false, List.of()).reasons()).extracting(Reason::code)
                .containsExactly("FILE_MISSING");

        DocumentReview.Outcome good = review(photos, metadata, "PHOTOS", false,
                List.of(measured(DocumentFiles.photo(413, 591, Color.WHITE, 2, 80))));
        assertThat(good.verdict()).isEqualTo(RulesVerdict.SATISFIED);
        assertThat(good.basis().proven()).containsExactly(RulesBasis.DIGITAL_PHOTO, RulesBasis.PAGE_COUNT);
        assertThat(good.basis().declared()).containsExactly(RulesBasis.PRINTED_PHOTOS, RulesBasis.BAREHEADED_FRONT_FACING);

        // a white background declared, a grey one in the file: the file's reason, once
        DocumentReview.Outcome grey = review(photos, metadata, "PHOTOS", false,
                List.of(measured(DocumentFiles.photo(413, 591, new Color(180, 180, 180), 2, 80))));
        assertThat(grey.reasons()).extracting(Reason::code).containsExactly("PHOTO_BACKGROUND_NOT_WHITE");
        assertThat(grey.reasons().get(0).en()).startsWith("file 1 (");

        // a photo of the wrong size and a second file: both reasons, from the files
        DocumentReview.Outcome two = review(photos, metadata, "PHOTOS", false,
                List.of(measured(DocumentFiles.photo(413, 591, Color.WHITE, 2, 80)),
                        measured(DocumentFiles.photo(300, 300, Color.WHITE, 2, 60))));
        assertThat(two.reasons()).extracting(Reason::code).contains("PHOTO_FILE_COUNT", "PHOTO_WRONG_PROPORTIONS");
    }

    @Test
    void anOriginalNeedsNoFileAndItsCertificationStaysADeclaration() {
        NoCriminalRecordRules record = new NoCriminalRecordRules();
        NoCriminalRecordRules.Metadata metadata = new NoCriminalRecordRules.Metadata("DEU", AS_OF.minusMonths(2),
                new Presentation(true, "de", true, true, null, null));
        DocumentReview.Outcome none = review(record, metadata, "NO_CRIMINAL_RECORD", false, List.of());
        assertThat(none.verdict()).isEqualTo(RulesVerdict.SATISFIED);
        assertThat(none.basis()).isEqualTo(new RulesBasis(0, 0, List.of(),
                List.of(RulesBasis.CONSULAR_CERTIFICATION, RulesBasis.TRANSLATION_SEAL)));
        // a scan of it, when there is one, is checked too: 61 pages are more than an item may have
        assertThat(review(record, metadata, "NO_CRIMINAL_RECORD", false,
                List.of(measured(SampleFiles.pdf(PDRectangle.A4, 61)))).reasons()).extracting(Reason::code)
                .containsExactly("TOO_MANY_PAGES");
    }

    private DocumentReview.Outcome review(DocumentRule<?> rule, DocumentMetadata metadata, String code,
            boolean photocopy, List<Measured> files) {
        DocumentType type = new DocumentType(code, 10, code, code, "", "", AppliesWhen.ALWAYS, photocopy);
        FileEvidence evidence = ItemEvidence.from(UUID.randomUUID(), code, photocopy, new ArrayList<>(files), AS_OF,
                PARAMETERS);
        return DocumentReview.review(rule, metadata, new ReviewContext(AS_OF, PARAMETERS, type, Optional.empty()),
                evidence);
    }

    private Measured measured(byte[] bytes) {
        return new Measured(UUID.randomUUID(), measure(bytes), false);
    }

    private FileMeasurements measure(byte[] bytes) {
        Path file = SampleFiles.temp(bytes);
        MediaKind kind = FileInspector.detect(file);
        return inspector.measure(file, kind, kind == MediaKind.JPEG);
    }
}
