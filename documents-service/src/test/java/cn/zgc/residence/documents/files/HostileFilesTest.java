package cn.zgc.residence.documents.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and wrong files, generated here: each a clear 4xx problem, nothing stored, never a 5xx. */
@QuarkusTest
class HostileFilesTest {

    private static final String PARTNER = "P-FILES-HOSTILE";

    @Inject
    FileFixtures fixtures;

    @TestHTTPResource("/")
    URI base;

    static Stream<Arguments> hostileFiles() {
        byte[] random = new byte[4096];
        new Random(3).nextBytes(random);
        byte[] pdf = SampleFiles.pdf(PDRectangle.A4, 1);
        return Stream.of(
                Arguments.of("a zero-byte file", "PASSPORT", new byte[0], "application/pdf", null, 400, "FILE_EMPTY"),
                Arguments.of("random bytes", "PASSPORT", random, "application/pdf", null, 415, "TYPE_NOT_ACCEPTED"),
                Arguments.of("a Windows program labelled as a PDF", "PASSPORT",
                        ("MZ\u0090\u0000" + "x".repeat(500)).getBytes(StandardCharsets.ISO_8859_1), "application/pdf", null,
                        415, "TYPE_NOT_ACCEPTED"),
                Arguments.of("an HTML page labelled as a JPEG", "PASSPORT",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "image/jpeg", null,
                        415, "TYPE_NOT_ACCEPTED"),
                Arguments.of("a PDF labelled as a PNG", "PASSPORT", pdf, "image/png", null, 415, "TYPE_MISMATCH"),
                Arguments.of("a PDF as the digital photo", "PHOTOS", pdf, "application/pdf", null, 415,
                        "TYPE_NOT_ACCEPTED_FOR_ITEM"),
                Arguments.of("a PDF with a user password", "PASSPORT", SampleFiles.encryptedPdf("open-me"),
                        "application/pdf", null, 422, "PDF_ENCRYPTED"),
                Arguments.of("a PDF with owner restrictions only", "PASSPORT", SampleFiles.encryptedPdf(""),
                        "application/pdf", null, 422, "PDF_ENCRYPTED"),
                Arguments.of("a PDF opening with JavaScript", "PASSPORT", SampleFiles.javascriptPdf(false),
                        "application/pdf", null, 422, "PDF_ACTIVE_CONTENT"),
                Arguments.of("a PDF with a JavaScript link", "PASSPORT", SampleFiles.javascriptPdf(true),
                        "application/pdf", null, 422, "PDF_ACTIVE_CONTENT"),
                Arguments.of("a PDF with a launch action", "PASSPORT", SampleFiles.launchPdf(),
                        "application/pdf", null, 422, "PDF_ACTIVE_CONTENT"),
                Arguments.of("a truncated PDF", "PASSPORT", java.util.Arrays.copyOf(pdf, 40), "application/pdf", null,
                        422, "PDF_UNREADABLE"),
                Arguments.of("a PNG declaring 10 gigapixels", "PASSPORT", SampleFiles.pngDeclaring(100_000, 100_000),
                        "image/png", null, 422, "IMAGE_TOO_MANY_PIXELS"),
                Arguments.of("a JPEG declaring 4 gigapixels", "PHOTOS", SampleFiles.jpegDeclaring(65_000, 65_000),
                        "image/jpeg", null, 422, "IMAGE_TOO_MANY_PIXELS"),
                Arguments.of("a path as the name", "PASSPORT", pdf, "application/pdf", "../../etc/passwd", 400,
                        "a file name, not a path"),
                Arguments.of("a Windows path as the name", "PASSPORT", pdf, "application/pdf", "C:\\boot.ini", 400,
                        "a file name, not a path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedWithAClearProblemAndNothingStored(String what, String code, byte[] body, String type, String name,
            int status, String reason) {
        UUID dossier = fixtures.dossier(PARTNER);
        var request = given().auth().oauth2(Tokens.partner(PARTNER)).contentType(type).body(body);
        if (name != null) {
            request.queryParam("name", name);
        }
        request.when().post(DossierFilesTest.path(dossier, code))
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors[0].message", equalTo(reason));
        assertThat(fixtures.files(dossier)).as(what).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM dossier_history WHERE kind = 'FILE' AND dossier_id = '" + dossier + "'"))
                .isZero();
    }

    @Test
    void aDeclaredBodyOverTheFileLimitIsRefusedBeforeItIsRead() throws Exception {
        UUID dossier = fixtures.dossier(PARTNER);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve(DossierFilesTest.path(dossier, "PASSPORT")))
                .header("Authorization", "Bearer " + Tokens.partner(PARTNER))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024]), 21L * 1024 * 1024))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:zgc:problem:payload-too-large");
        assertThat(fixtures.files(dossier)).isZero();
    }

    @Test
    void aChunkedBodyOverTheFileLimitIsCutWith413() throws Exception {
        UUID dossier = fixtures.dossier(PARTNER);
        // a real PDF head, then 21 MB more, of unknown length (sent chunked)
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        base.resolve(DossierFilesTest.path(dossier, "PASSPORT")))
                .header("Authorization", "Bearer " + Tokens.partner(PARTNER))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream(SampleFiles.pdf(PDRectangle.A4, 1)),
                        zeros(21L * 1024 * 1024))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("FILE_TOO_LARGE");
        assertThat(fixtures.files(dossier)).isZero();
    }

    @Test
    void everyOtherRouteKeepsItsOneMegabyteLimit() {
        given().auth().oauth2(Tokens.partner(PARTNER)).contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(1100 * 1024) + "\"}")
                .when().post("/api/v1/checklists")
                .then().statusCode(413).contentType("application/problem+json");
        UUID dossier = fixtures.dossier(PARTNER);
        // an upload of 2 MB passes the limits (and is stored)
        Path big = tempPdf(2 * 1024 * 1024);
        given().auth().oauth2(Tokens.partner(PARTNER)).contentType("application/pdf").body(big.toFile())
                .when().post(DossierFilesTest.path(dossier, "PASSPORT"))
                .then().statusCode(201);
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsStillCutOnEveryOtherRoute() throws Exception {
        byte[] json = ("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(base.resolve("/api/v1/checklists"))
                        .header("Authorization", "Bearer " + Tokens.partner(PARTNER))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aDossiersFilesTogetherAreLimited() {
        UUID dossier = fixtures.dossier(PARTNER);
        Path file = tempPdf(15 * 1024 * 1024);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.partner(PARTNER)).contentType("application/pdf").body(file.toFile())
                    .when().post(DossierFilesTest.path(dossier, "RESUME"))
                    .then().statusCode(201);
        }
        given().auth().oauth2(Tokens.partner(PARTNER)).contentType("application/pdf").body(file.toFile())
                .when().post(DossierFilesTest.path(dossier, "RESUME"))
                .then().statusCode(413).body("errors[0].message", equalTo("DOSSIER_TOO_LARGE"));
        assertThat(fixtures.files(dossier)).isEqualTo(3);
    }

    static Path tempPdf(int bytes) {
        try {
            Path path = Files.createTempFile("large-", ".pdf");
            path.toFile().deleteOnExit();
            SampleFiles.largePdf(path, bytes);
            return path;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
