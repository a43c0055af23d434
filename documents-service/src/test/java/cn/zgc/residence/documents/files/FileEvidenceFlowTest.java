package cn.zgc.residence.documents.files;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.DOCUMENTS;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.zgc.residence.documents.Dossiers;
import cn.zgc.residence.documents.files.service.DossierFiles;
import cn.zgc.residence.testsupport.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * The items' rules verdicts with their files, over HTTP: uploads, replacements and removals move the verdicts and the
 * dossier (READY, OPEN), appear in the dossier's history without a name or content, and a stored file damaged in the
 * database is answered with 409 file-damaged, marked, counted and proves nothing until uploaded again.
 */
@QuarkusTest
class FileEvidenceFlowTest {

    private static final String A_NAME = "Scan of Anna Berg passport.pdf";

    @Inject
    FileFixtures fixtures;

    @Inject
    MeterRegistry registry;

    @Inject
    DossierFiles files;

    @Test
    void thePhotocopysVerdictComesFromItsFilesAndFollowsEveryChange() {
        String partner = unique("p-evidence");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.open(partner);
        String items = BASE + dossier + "/items/MEDICAL_CERTIFICATE/files";

        // A4 declared, no file: not satisfied
        as(token).body(DOCUMENTS.acceptable("MEDICAL_CERTIFICATE")).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("rulesVerdict", equalTo("NOT_SATISFIED"))
                .body("reasons.code", contains("FILE_MISSING"))
                .body("basis.files", equalTo(0)).body("basis.declared", contains("ORIGINAL_REVIEWED"));
        // a US letter page: not A4, in English and in Chinese
        String fileId = given().auth().oauth2(token).contentType("application/pdf").queryParam("name", A_NAME)
                .body(SampleFiles.pdf(SampleFiles.LETTER, 1)).post(items).then().statusCode(201).extract().path("id");
        as(token).get(BASE + dossier).then().statusCode(200)
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesVerdict", equalTo("NOT_SATISFIED"))
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesReasons.code", contains("NOT_A4"));
        as(token).header("Accept-Language", "zh").get(BASE + dossier).then().statusCode(200)
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesReasons[0].message", containsString("非A4幅面"));
        // replaced by an A4 page: satisfied, A4 proven by the file, the original still the officer's to confirm
        given().auth().oauth2(token).contentType("application/pdf").body(SampleFiles.pdf(PDRectangle.A4, 1))
                .put(items + "/" + fileId).then().statusCode(200);
        as(token).get(BASE + dossier).then().statusCode(200)
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesVerdict", equalTo("SATISFIED"))
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesBasis.proven", contains("A4", "PAGE_COUNT"))
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesBasis.declared", contains("ORIGINAL_REVIEWED"))
                .body("items.find { it.code == 'NO_CRIMINAL_RECORD' }.rulesVerdict", equalTo("MISSING"));

        // every file and document: READY; a photocopy's file removed: OPEN again; uploaded again: READY
        Dossiers.makeReady(partner, dossier);
        String passport = Dossiers.upload(partner, dossier, "PASSPORT", Dossiers.FILES.acceptable("PASSPORT"));
        given().auth().oauth2(token).delete(BASE + dossier + "/items/PASSPORT/files/" + passport).then().statusCode(204);
        as(token).get(BASE + dossier).then().body("state", equalTo("READY"));
        java.util.List<String> ids = given().auth().oauth2(token).get(BASE + dossier + "/items/PASSPORT/files")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        assertThat(ids).hasSize(1);
        given().auth().oauth2(token).delete(BASE + dossier + "/items/PASSPORT/files/" + ids.get(0)).then().statusCode(204);
        as(token).get(BASE + dossier).then().body("state", equalTo("OPEN"))
                .body("items.find { it.code == 'PASSPORT' }.rulesReasons.code", contains("FILE_MISSING"));
        Dossiers.upload(partner, dossier, "PASSPORT", Dossiers.FILES.acceptable("PASSPORT"));
        as(token).get(BASE + dossier).then().body("state", equalTo("READY"));

        // the history: each upload, replacement and removal with the file's id and digest, never its name
        String history = as(token).queryParam("size", "100").get(BASE + dossier + "/history").then().statusCode(200)
                .body("entries.findAll { it.kind == 'FILE' && it.fileId == '" + fileId + "' }.action",
                        contains("UPLOADED", "REPLACED"))
                .body("entries.findAll { it.kind == 'FILE' }.actorRole", everyItem(equalTo("PARTNER")))
                .body("entries.findAll { it.kind == 'FILE' }.actorId", everyItem(equalTo(partner)))
                .body("entries.findAll { it.kind == 'FILE' }.sha256", everyItem(notNullValue()))
                .body("entries.findAll { it.kind == 'FILE' && it.itemCode == 'PASSPORT' }.action",
                        contains("UPLOADED", "UPLOADED", "REMOVED", "REMOVED", "UPLOADED"))
                .body("entries.findAll { it.kind == 'TRANSITION' }.action",
                        contains("BECOME_READY", "REOPEN", "BECOME_READY"))
                .extract().asString();
        assertThat(history).doesNotContain(A_NAME).doesNotContain("Anna");
    }

    @Test
    void aNewScanOfAReturnedItemReopensTheDossierAndIsANewDocumentForTheOfficer() {
        String partner = unique("p-returned");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.openReady(partner);
        Dossiers.submit(partner, dossier);
        Dossiers.confirmAll(dossier);
        Dossiers.immigration().body(java.util.Map.of("items", java.util.List.of(java.util.Map.of("code", "PASSPORT",
                        "reasonEn", "The scan is unreadable", "reasonZh", "扫描件无法辨认"))))
                .post(BASE + dossier + "/return").then().statusCode(200).body("state", equalTo("RETURNED"));
        String id = given().auth().oauth2(token).get(BASE + dossier + "/items/PASSPORT/files").then().statusCode(200)
                .extract().path("[0].id");
        given().auth().oauth2(token).contentType("application/pdf").body(SampleFiles.pdf(PDRectangle.A4, 2))
                .put(BASE + dossier + "/items/PASSPORT/files/" + id).then().statusCode(200);
        // reopened by the partner's new scan, READY again by the rules; the officer sees the passport anew
        as(token).get(BASE + dossier).then().statusCode(200).body("state", equalTo("READY"))
                .body("items.find { it.code == 'PASSPORT' }.officerVerdict", equalTo("PENDING"))
                .body("items.find { it.code == 'PASSPORT' }.originalSeen", equalTo(false))
                .body("items.find { it.code == 'PASSPORT' }.rulesBasis.pages", equalTo(2))
                .body("items.find { it.code == 'RESUME' }.officerVerdict", equalTo("CONFIRMED"));
        as(token).queryParam("size", "100").get(BASE + dossier + "/history").then().statusCode(200)
                .body("entries.findAll { it.kind == 'TRANSITION' }.action",
                        contains("BECOME_READY", "SUBMIT", "RETURN", "REOPEN", "BECOME_READY"))
                .body("entries.find { it.action == 'REOPEN' }.actorRole", equalTo("PARTNER"))
                .body("entries.findAll { it.kind == 'FILE' }.action.last()", equalTo("REPLACED"));
    }

    @Test
    void aStoredFileDamagedInTheDatabaseIsAConflictMarkedCountedAndReplaced() {
        String partner = unique("p-damaged");
        String token = Tokens.partner(partner);
        UUID dossier = fixtures.dossier(partner);
        String items = BASE + dossier + "/items/PASSPORT/files";
        byte[] pdf = SampleFiles.pdf(PDRectangle.A4, 1);
        String id = Dossiers.upload(partner, dossier.toString(), "PASSPORT", pdf);
        double before = damagedCount();

        // one byte of the ciphertext changed in its chunk: the decryption fails its authentication
        fixtures.update("UPDATE file_chunk SET data = set_byte(data, 100, 255 - get_byte(data, 100)) WHERE object_key = '"
                + fixtures.objectKey(UUID.fromString(id)) + "' AND seq = 0");
        given().auth().oauth2(token).get(items + "/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:file-damaged"))
                .body("status", equalTo(409))
                .body("errors[0].message", equalTo("FILE_DAMAGED"));
        assertThat(damagedCount()).isEqualTo(before + 1);
        // marked: listed as damaged, the item's evidence says so, the history has the system's line; the next read is
        // answered at once, and by the same problem for an officer
        given().auth().oauth2(token).get(items).then().statusCode(200).body("[0].damagedAt", notNullValue());
        given().auth().oauth2(Tokens.immigration()).get(items + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:zgc:problem:file-damaged"));
        assertThat(damagedCount()).isEqualTo(before + 1);
        as(token).queryParam("size", "100").get(BASE + dossier + "/history").then().statusCode(200)
                .body("entries.findAll { it.kind == 'FILE' }.action", contains("UPLOADED", "DAMAGED"))
                .body("entries.find { it.action == 'DAMAGED' }.actorRole", equalTo("SYSTEM"))
                .body("entries.find { it.action == 'DAMAGED' }.fileId", equalTo(id));
        assertThat(fixtures.count("SELECT count(*) FROM dossier_file WHERE damaged_at IS NOT NULL AND id = '" + id + "'"))
                .isEqualTo(1);

        // the partner uploads it again: sound, readable, byte for byte
        given().auth().oauth2(token).contentType("application/pdf").body(pdf).put(items + "/" + id)
                .then().statusCode(200).body("damagedAt", nullValue());
        byte[] back = given().auth().oauth2(token).get(items + "/" + id).then().statusCode(200).extract().asByteArray();
        assertThat(back).isEqualTo(pdf);

        // a recorded digest that the bytes do not match; then an object lost from the store: both 409, never 500
        fixtures.update("UPDATE dossier_file SET sha256 = repeat('0', 64) WHERE id = '" + id + "'");
        given().auth().oauth2(token).get(items + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:zgc:problem:file-damaged"));
        String lost = Dossiers.upload(partner, dossier.toString(), "PASSPORT", pdf);
        fixtures.update("DELETE FROM file_chunk WHERE object_key = '" + fixtures.objectKey(UUID.fromString(lost)) + "'");
        given().auth().oauth2(token).get(items + "/" + lost).then().statusCode(409)
                .body("type", equalTo("urn:zgc:problem:file-damaged"))
                .body("detail", not(containsString("Anna")));
        assertThat(damagedCount()).isEqualTo(before + 3);
        given().auth().oauth2(token).get(items).then().statusCode(200)
                .body("findAll { it.damagedAt != null }", hasSize(2));
        // what the item's files prove: nothing while one is damaged
        assertThat(files.evidenceFor(dossier, "PASSPORT").reasons()).extracting(r -> r.code())
                .containsExactly("FILE_DAMAGED", "FILE_DAMAGED");
        assertThat(files.evidenceFor(dossier, "PASSPORT").a4Proven()).isFalse();
    }

    private double damagedCount() {
        var counter = registry.find("documents.files.damaged").counter();
        return counter == null ? 0 : counter.count();
    }
}
