package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.testsupport.LanguageWalk;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the service in Chinese and in English, with a real hall, appointment, capacity version, regular
 * hours and notice, and a schedule that holds a public holiday, so that views are judged as well as problems: no
 * text for people is left in the other language. The walk writes only to a hall no other test changes.
 */
@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class LanguageWalkTest {

    private static final Logger LOG = Logger.getLogger(LanguageWalkTest.class);
    private static final String HALL = "beijing-reception-hall";

    @Test
    void answersEveryOperationInTheCallersLanguage() {
        String partner = "p-walk-" + UUID.randomUUID().toString().substring(0, 8);
        UUID dossier = DocumentsStub.dossier(partner, "READY");
        String appointment = Bookings.booked(partner, dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 3), "09:30"));
        String capacity = given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON).body("""
                        {"category": "PERMANENT_RESIDENCE", "effectiveFrom": "2031-03-03", "reason": "Walk",
                         "bands": [{"starts": "00:00", "slotMinutes": 30, "capacity": 2}]}""")
                .post("/api/v1/halls/" + HALL + "/capacity").then().statusCode(201).extract().path("id");
        String notice = given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON).body("""
                        {"from": "2031-05-06", "to": "2031-05-06", "kind": "CLOSED", "reasonEn": "Staff training",
                         "reasonZh": "员工培训"}""")
                .post("/api/v1/halls/" + HALL + "/notices").then().statusCode(201).extract().path("id");
        String hoursFrom = given().auth().oauth2(Tokens.immigration()).get("/api/v1/halls/" + HALL + "/regular-hours")
                .then().statusCode(200).extract().path("[0].effectiveFrom");

        LanguageWalk.Report report = LanguageWalk.service()
                .token("partner", Tokens.partner(partner))
                .pathValue("id", HALL, appointment)
                .pathValue("versionId", capacity)
                .pathValue("noticeId", notice)
                .pathValue("effectiveFrom", hoursFrom)
                .queryValue("dossierId", dossier.toString())
                .queryValue("category", "PERMANENT_RESIDENCE")
                // the days around Qingming 2026 (4 to 6 April): a schedule with a holiday's name
                .queryValue("from", "2026-04-01")
                .queryValue("to", "2026-04-10")
                .storedAsWritten("reason")
                .walk();
        LOG.info(report.summary());
        report.assertBothLanguages();
    }
}
