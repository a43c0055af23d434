package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.zgc.residence.eligibility.letter.SigningCredentials;
import cn.zgc.residence.testsupport.Tokens;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/**
 * The letter as a PDF: readable in both languages, signed so that an independent verifier accepts it, with a QR
 * code that decodes to the public check's address, and the same bytes every time.
 */
@QuarkusTest
class LetterPdfTest {

    private static final String TITLE_ZH = "中关村科技园区管理委员会推荐函";

    @Inject
    SigningCredentials credentials;

    @Test
    void theLetterShowsItsNumberTheChineseTitleAndTheScoreInBothLanguages() throws IOException {
        Requests.Issued letter = Requests.issued("APP-PDF-TEXT");
        byte[] pdf = pdf(letter, Tokens.partner(letter.partner()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/letter-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(letter.letterNumber()), text);
            assertTrue(text.contains(TITLE_ZH), text);
            assertTrue(text.contains("Letter of Recommendation"), text);
            assertTrue(text.contains("70 / 100 分"), text);
            assertTrue(text.contains("70 of 100"), text);
            assertTrue(text.contains("APP-PDF-TEXT"), text);
            assertTrue(text.contains("中关村高新技术企业聘雇的外籍技术人才"), text);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
            }
        }
    }

    @Test
    void theSameLetterIsTheSameBytesEveryTime() {
        Requests.Issued letter = Requests.issued("APP-PDF-SAME");
        byte[] first = pdf(letter, Tokens.partner(letter.partner()));
        byte[] second = pdf(letter, Tokens.committee());
        assertArrayEquals(first, second);
    }

    @Test
    void theSignatureIsPadesBaselineBAndVerifiesWithBouncyCastle() throws Exception {
        Requests.Issued letter = Requests.issued("APP-PDF-SIG");
        byte[] pdf = pdf(letter, Tokens.immigration());
        OffsetDateTime issuedAt = OffsetDateTime.parse(given().auth().oauth2(Tokens.committee())
                .when().get("/api/v1/assessments/" + letter.assessmentId() + "/recommendation")
                .then().statusCode(200).extract().path("issuedAt"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            Calendar signed = signature.getSignDate();
            assertEquals(issuedAt.toEpochSecond(), signed.toInstant().getEpochSecond());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the signature covers the whole file but itself");

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));
            assertArrayEquals(credentials.certificate().getEncoded(), certificate.getEncoded());
            assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES puts the time in /M");
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationUrl() throws Exception {
        Requests.Issued letter = Requests.issued("APP-PDF-QR");
        byte[] pdf = pdf(letter, Tokens.partner(letter.partner()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String decoded = new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals(letter.verificationUrl(), decoded);
            assertTrue(decoded.matches("https?://.+/verify/letters/" + letter.letterNumber() + "\\?code=[A-Z2-7]{26}"),
                    decoded);
        }
    }

    @Test
    void popplersPdfsigFindsTheSignatureValid() throws Exception {
        Requests.Issued letter = Requests.issued("APP-PDF-POPPLER");
        Path file = Files.createTempFile("letter", ".pdf");
        try {
            Files.write(file, pdf(letter, Tokens.committee()));
            Process process;
            try {
                process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                fail("pdfsig is missing: install Debian's poppler-utils (apt-get install -y poppler-utils; "
                        + ".ci/run does it)", e);
                return;
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig answers within a minute");
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
            assertTrue(report.contains("ETSI.CAdES.detached") || report.contains("PAdES"), report);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aLetterNotIssuedHasNoPdf() {
        String id = Requests.created(Requests.unique("p"), "APP-PDF-NONE",
                cn.zgc.residence.eligibility.domain.Track.TECHNICAL_TALENT, Applicants.talent70());
        given().auth().oauth2(Tokens.committee()).accept("application/pdf")
                .when().get("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner(Requests.unique("other"))).accept("application/pdf")
                .when().get("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(404);
    }

    private static byte[] pdf(Requests.Issued letter, String token) {
        return given().auth().oauth2(token).accept("application/pdf")
                .when().get("/api/v1/assessments/" + letter.assessmentId() + "/recommendation")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + letter.letterNumber() + ".pdf\"")
                .extract().asByteArray();
    }
}
