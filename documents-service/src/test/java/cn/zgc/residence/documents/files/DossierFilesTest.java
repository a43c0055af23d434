package cn.zgc.residence.documents.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.service.DossierFiles;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierFilesTest {

    @Inject
    FileFixtures fixtures;

    @Inject
    DossierFiles files;

    static String path(UUID dossier, String code) {
        return "/api/v1/dossiers/" + dossier + "/items/" + code + "/files";
    }

    static Response upload(String partner, UUID dossier, String code, byte[] body, String contentType) {
        return given().auth().oauth2(Tokens.partner(partner)).contentType(contentType).body(body)
                .when().post(path(dossier, code));
    }

    @Test
    void aPartnerUploadsListsAndDownloadsAnA4Pdf() throws Exception {
        UUID dossier = fixtures.dossier("P-FILES-1");
        byte[] pdf = SampleFiles.pdf(PDRectangle.A4, 2);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String id = upload("P-FILES-1", dossier, "PASSPORT", pdf, "application/octet-stream")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(sha))
                .body("pageCount", equalTo(2))
                .body("uploadedBy", equalTo("P-FILES-1"))
                .body("checks[0].rule", equalTo("A4"))
                .body("checks[0].passed", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(Tokens.partner("P-FILES-1")).when().get(path(dossier, "PASSPORT"))
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id));
        byte[] back = given().auth().oauth2(Tokens.partner("P-FILES-1")).when().get(path(dossier, "PASSPORT") + "/" + id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Repr-Digest", startsWith("sha-256=:"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
        // immigration officers read any dossier's files; another partner sees nothing; an officer-only token is refused
        given().auth().oauth2(Tokens.immigration()).when().get(path(dossier, "PASSPORT") + "/" + id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.partner("P-FILES-OTHER")).when().get(path(dossier, "PASSPORT") + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner("P-FILES-OTHER")).when().get(path(dossier, "PASSPORT"))
                .then().statusCode(404);
        upload("P-FILES-OTHER", dossier, "PASSPORT", pdf, "application/pdf").then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).when().get(path(dossier, "PASSPORT")).then().statusCode(403);
        given().auth().oauth2(Tokens.immigration()).contentType("application/pdf").body(pdf)
                .when().post(path(dossier, "PASSPORT")).then().statusCode(403);
    }

    @Test
    void theStoredBytesAreEncrypted() {
        UUID dossier = fixtures.dossier("P-FILES-2");
        byte[] pdf = SampleFiles.pdf(PDRectangle.A4, 1);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains(SampleFiles.MARKER);
        String id = upload("P-FILES-2", dossier, "RESUME", pdf, "application/pdf").then().statusCode(201)
                .extract().path("id");
        byte[] raw = fixtures.rawChunks(UUID.fromString(id));
        assertThat(raw.length).isGreaterThan(pdf.length);
        String stored = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(SampleFiles.MARKER).doesNotContain("%PDF");
    }

    @Test
    void aReplacementAndARemovalAreInTheHistoryAndLeaveNoObjectBehind() {
        UUID dossier = fixtures.dossier("P-FILES-3");
        String id = upload("P-FILES-3", dossier, "TAX_CERTIFICATES", SampleFiles.pdf(SampleFiles.LETTER, 1),
                "application/pdf").then().statusCode(201).body("checks[0].passed", equalTo(false))
                .body("checks[0].code", equalTo("NOT_A4")).extract().path("id");
        String firstKey = fixtures.objectKey(UUID.fromString(id));
        given().auth().oauth2(Tokens.partner("P-FILES-3")).contentType("application/pdf")
                .body(SampleFiles.pdf(PDRectangle.A4, 4))
                .when().put(path(dossier, "TAX_CERTIFICATES") + "/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("pageCount", equalTo(4))
                .body("checks[0].passed", equalTo(true));
        assertThat(fixtures.count("SELECT count(*) FROM file_chunk WHERE object_key = '" + firstKey + "'")).isZero();
        FileEvidence evidence = files.evidenceFor(dossier, "TAX_CERTIFICATES");
        assertThat(evidence.holds()).isTrue();
        assertThat(evidence.a4Proven()).isTrue();
        assertThat(evidence.pages()).isEqualTo(4);
        given().auth().oauth2(Tokens.partner("P-FILES-3")).when().delete(path(dossier, "TAX_CERTIFICATES") + "/" + id)
                .then().statusCode(204);
        assertThat(fixtures.files(dossier)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM file_chunk WHERE object_key LIKE 'files/" + id + "/%'")).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM dossier_history WHERE kind = 'FILE' AND file_id = '" + id + "'"))
                .isEqualTo(3);
        assertThat(files.evidenceFor(dossier, "TAX_CERTIFICATES").reasons()).extracting(r -> r.code())
                .containsExactly("FILE_MISSING");
    }

    @Test
    void theDigitalPhotoIsCheckedAndItsVerdictsShown() {
        UUID dossier = fixtures.dossier("P-FILES-4");
        byte[] photo = DocumentFiles.photo(413, 591, Color.WHITE, 2, 80);
        upload("P-FILES-4", dossier, "PHOTOS", photo, "image/jpeg").then().statusCode(201)
                .body("checks.findAll { !it.passed }", hasSize(0))
                .body("checks.rule", org.hamcrest.Matchers.hasItems("PHOTO_COLOUR", "PHOTO_SIZE", "PHOTO_FILE_SIZE",
                        "PHOTO_BACKGROUND"));
        assertThat(files.evidenceFor(dossier, "PHOTOS").photoProven()).isTrue();

        UUID grey = fixtures.dossier("P-FILES-4");
        given().auth().oauth2(Tokens.partner("P-FILES-4")).header("Accept-Language", "zh").contentType("image/jpeg")
                .body(DocumentFiles.photo(413, 591, new Color(180, 180, 180), 2, 80))
                .when().post(path(grey, "PHOTOS"))
                .then().statusCode(201)
                .body("checks.find { it.rule == 'PHOTO_BACKGROUND' }.code", equalTo("PHOTO_BACKGROUND_NOT_WHITE"))
                .body("checks.find { it.rule == 'PHOTO_BACKGROUND' }.text", startsWith("照片边缘背景不是白色"));
        assertThat(files.evidenceFor(grey, "PHOTOS").reasons()).extracting(r -> r.code())
                .containsExactly("PHOTO_BACKGROUND_NOT_WHITE");
        // a PNG is not the digital photo's format
        upload("P-FILES-4", grey, "PHOTOS", SampleFiles.scan("png", 413, 591), "image/png").then().statusCode(415);
    }

    @Test
    void filesOfADossierThatNoLongerChangesAreRefusedWithConflict() {
        UUID dossier = fixtures.dossier("P-FILES-5", "SUBMITTED");
        upload("P-FILES-5", dossier, "PASSPORT", SampleFiles.pdf(PDRectangle.A4, 1), "application/pdf")
                .then().statusCode(409).contentType("application/problem+json");
        UUID open = fixtures.dossier("P-FILES-5");
        upload("P-FILES-5", open, "MEDICAL_CERTIFICATE", SampleFiles.pdf(PDRectangle.A4, 1), "application/pdf")
                .then().statusCode(422);
        upload("P-FILES-5", open, "NO_SUCH_CODE", SampleFiles.pdf(PDRectangle.A4, 1), "application/pdf")
                .then().statusCode(404);
    }
}
