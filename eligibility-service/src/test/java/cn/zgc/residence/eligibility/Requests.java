package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests the REST tests share; every caller passes its own partner id and applicant reference. */
public final class Requests {

    private static final AtomicInteger YEARS = new AtomicInteger(2100);

    private Requests() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A year no other test publishes criteria in. */
    public static int freeYear() {
        return YEARS.getAndAdd(2);
    }

    public static Map<String, Object> assessment(String applicantRef, Track track, Applicants applicant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicantRef", applicantRef);
        body.put("track", track.name());
        body.put("facts", applicant.json());
        return body;
    }

    public static ValidatableResponse create(String partner, Object body) {
        return given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assessments").then();
    }

    /** An eligible assessment of a new partner with its letter issued by the committee. */
    public record Issued(String partner, String assessmentId, String letterNumber, String verificationUrl) {
    }

    public static Issued issued(String applicantRef) {
        String partner = unique("p");
        String id = created(partner, applicantRef, Track.TECHNICAL_TALENT, Applicants.talent70());
        io.restassured.path.json.JsonPath letter = given().auth().oauth2(Tokens.committee())
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(201).extract().jsonPath();
        return new Issued(partner, id, letter.getString("letterNumber"), letter.getString("verificationUrl"));
    }

    /** Stores the applicant's assessment and returns its id. */
    public static String created(String partner, String applicantRef, Track track, Applicants applicant) {
        return create(partner, assessment(applicantRef, track, applicant)).statusCode(201).extract().path("id");
    }
}
