package cn.zgc.residence.documents.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The S3 store against a real S3-protocol server (S3Mock in its own process): stored encrypted, read back whole. */
@QuarkusTest
@TestProfile(S3StorageTest.S3Storage.class)
class S3StorageTest {

    public static class S3Storage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3MockServer.class));
        }
    }

    @Inject
    FileFixtures fixtures;

    @Test
    void filesGoEncryptedIntoTheBucketAndComeBackWhole() {
        UUID dossier = fixtures.dossier("P-FILES-S3");
        byte[] pdf = SampleFiles.pdf(PDRectangle.A4, 3);
        String id = given().auth().oauth2(Tokens.partner("P-FILES-S3")).contentType("application/pdf").body(pdf)
                .when().post(DossierFilesTest.path(dossier, "PASSPORT"))
                .then().statusCode(201).body("pageCount", equalTo(3)).extract().path("id");
        String key = fixtures.objectKey(UUID.fromString(id));
        assertThat(fixtures.count("SELECT count(*) FROM file_chunk")).isZero();
        try (S3Client s3 = client()) {
            byte[] raw = s3.getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(key)).asByteArray();
            assertThat(raw.length).isGreaterThan(pdf.length);
            assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(SampleFiles.MARKER)
                    .doesNotContain("%PDF");
            byte[] back = given().auth().oauth2(Tokens.immigration())
                    .when().get(DossierFilesTest.path(dossier, "PASSPORT") + "/" + id)
                    .then().statusCode(200).extract().asByteArray();
            assertThat(back).isEqualTo(pdf);
            given().auth().oauth2(Tokens.partner("P-FILES-S3"))
                    .when().delete(DossierFilesTest.path(dossier, "PASSPORT") + "/" + id).then().statusCode(204);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> s3.getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(key)))
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    @Test
    void aDamagedOrLostObjectIsAConflictNeverServedAsTheFile() {
        UUID dossier = fixtures.dossier("P-FILES-S3");
        String id = given().auth().oauth2(Tokens.partner("P-FILES-S3")).contentType("application/pdf")
                .body(SampleFiles.pdf(PDRectangle.A4, 1))
                .when().post(DossierFilesTest.path(dossier, "RESUME")).then().statusCode(201).extract().path("id");
        String key = fixtures.objectKey(UUID.fromString(id));
        try (S3Client s3 = client()) {
            byte[] raw = s3.getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(key)).asByteArray();
            raw[raw.length / 2] ^= 0x01;
            s3.putObject(b -> b.bucket(S3MockServer.BUCKET).key(key),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(raw));
        }
        // the damage is found before a byte is sent: 409 file-damaged, the file marked; never a 200, never a 500
        given().auth().oauth2(Tokens.partner("P-FILES-S3"))
                .when().get(DossierFilesTest.path(dossier, "RESUME") + "/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:file-damaged"));
        assertThat(fixtures.count("SELECT count(*) FROM dossier_file WHERE damaged_at IS NOT NULL AND id = '" + id + "'"))
                .isEqualTo(1);
        // an object gone from the bucket is damage too
        String lost = given().auth().oauth2(Tokens.partner("P-FILES-S3")).contentType("application/pdf")
                .body(SampleFiles.pdf(PDRectangle.A4, 1))
                .when().post(DossierFilesTest.path(dossier, "RESUME")).then().statusCode(201).extract().path("id");
        try (S3Client s3 = client()) {
            s3.deleteObject(b -> b.bucket(S3MockServer.BUCKET).key(fixtures.objectKey(UUID.fromString(lost))));
        }
        given().auth().oauth2(Tokens.partner("P-FILES-S3"))
                .when().get(DossierFilesTest.path(dossier, "RESUME") + "/" + lost)
                .then().statusCode(409).body("type", equalTo("urn:zgc:problem:file-damaged"));
    }

    private static S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(S3MockServer.endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
