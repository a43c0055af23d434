package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.HALL;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.unique;

import cn.zgc.residence.testsupport.LanguageWalk;
import cn.zgc.residence.testsupport.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service in Chinese and in English, with real dossiers (one OPEN, one SUBMITTED), their
 * items and files, so that views are judged as well as problems: no text for people is left in the other language.
 */
@QuarkusTest
class LanguageWalkTest {

    private static final Logger LOG = Logger.getLogger(LanguageWalkTest.class);

    @Test
    void answersEveryOperationInTheCallersLanguage() throws Exception {
        String partner = unique("p-walk");
        String token = Tokens.partner(partner);
        String open = Dossiers.open(partner);
        String openFile = Dossiers.upload(partner, open, "PASSPORT", Dossiers.FILES.acceptable("PASSPORT"));
        String submitted = Dossiers.open(partner);
        Dossiers.makeReady(partner, submitted);
        Dossiers.submit(partner, submitted);
        String submittedFile = as(token).get(BASE + submitted + "/items/PHOTOS/files").then().statusCode(200)
                .extract().path("id[0]");
        ObjectMapper json = new ObjectMapper();
        LanguageWalk.Report report = LanguageWalk.service()
                .token("partner", token)
                .pathValue("id", open, submitted)
                .pathValue("code", "PASSPORT", "PHOTOS")
                .pathValue("fileId", openFile, submittedFile)
                .body("PUT /api/v1/dossiers/{id}/documents/{code}", json.writeValueAsString(Dossiers.DOCUMENTS.acceptable("PASSPORT")))
                .body("POST /api/v1/dossiers/{id}/submission", json.writeValueAsString(Map.of("hallId", HALL,
                        "appointmentId", OfficesStub.booked(submitted, HALL))))
                // the partner's (or the committee's) own words, kept as written
                .storedAsWritten("withdrawal.reason")
                .walk();
        LOG.info(report.summary());
        report.assertBothLanguages();
    }
}
