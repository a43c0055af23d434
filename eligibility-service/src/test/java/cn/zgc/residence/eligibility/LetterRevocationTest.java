package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LetterRevocationTest {

    private static final String REASON = "The employment named in the assessment ended before the application.";

    @Test
    void theCommitteeRevokesALetterOnceWithItsReasonAndPublishesLetterRevoked() {
        Requests.Issued letter = Requests.issued("APP-REV");
        String path = "/api/v1/assessments/" + letter.assessmentId() + "/recommendation";
        given().auth().oauth2(Tokens.committee("committee-revoker")).contentType(ContentType.JSON)
                .body(Map.of("reason", REASON))
                .when().post(path + "/revocation")
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", notNullValue())
                .body("revokedBy", equalTo("committee-revoker"))
                .body("revocationReason", equalTo(REASON));
        given().auth().oauth2(Tokens.partner(letter.partner())).when().get(path)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revocationReason", equalTo(REASON));
        given().auth().oauth2(Tokens.partner(letter.partner())).when().get("/api/v1/assessments/" + letter.assessmentId())
                .then().statusCode(200).body("recommendation.revokedAt", notNullValue());

        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post(path + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");

        ConsumerRecord<String, String> record = EventProbe.awaitRecords(Topics.ELIGIBILITY_RECOMMENDATIONS, 1,
                r -> letter.assessmentId().equals(r.key())
                        && EventProbe.header(r, "ce_type").orElse("").equals("cn.zgc.eligibility.LetterRevoked.v1"))
                .get(0);
        JsonPath data = new JsonPath(record.value());
        assertEquals(letter.letterNumber(), data.getString("letterNumber"));
        assertEquals(letter.assessmentId(), data.getString("assessmentId"));
        assertEquals(letter.partner(), data.getString("partnerId"));
        assertEquals(REASON, data.getString("reason"));
        assertNotNull(data.getString("revokedAt"));
    }

    @Test
    void ofTwoRevocationsAtOnceExactlyOneWins() throws Exception {
        Requests.Issued letter = Requests.issued("APP-REV-PAR");
        String path = "/api/v1/assessments/" + letter.assessmentId() + "/recommendation/revocation";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(1, 2).stream()
                    .map(i -> (Callable<Integer>) () -> given().auth().oauth2(Tokens.committee("committee-" + i))
                            .contentType(ContentType.JSON).body(Map.of("reason", "Reason " + i))
                            .when().post(path).statusCode())
                    .toList());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        EventProbe.awaitRecords(Topics.ELIGIBILITY_RECOMMENDATIONS, 1, r -> letter.assessmentId().equals(r.key())
                && EventProbe.header(r, "ce_type").orElse("").equals("cn.zgc.eligibility.LetterRevoked.v1"));
        long revoked = EventProbe.readAll(Topics.ELIGIBILITY_RECOMMENDATIONS, r -> letter.assessmentId().equals(r.key())
                && EventProbe.header(r, "ce_type").orElse("").equals("cn.zgc.eligibility.LetterRevoked.v1")).size();
        assertEquals(1, revoked);
    }

    @Test
    void aRevocationNeedsAReason() {
        Requests.Issued letter = Requests.issued("APP-REV-R");
        String path = "/api/v1/assessments/" + letter.assessmentId() + "/recommendation";
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post(path + "/revocation")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .when().post(path + "/revocation")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.committee()).when().get(path)
                .then().statusCode(200).body("status", equalTo("VALID")).body("revokedAt", nullValue());
    }

    @Test
    void noLetterNothingToRevoke() {
        String id = Requests.created(Requests.unique("p"), "APP-REV-N", Track.TECHNICAL_TALENT, Applicants.talent70());
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(Map.of("reason", REASON))
                .when().post("/api/v1/assessments/" + id + "/recommendation/revocation")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
