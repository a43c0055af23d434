package cn.zgc.residence.notifications.rest;

import static cn.zgc.residence.notifications.NotificationsTestData.asImmigration;
import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.subscriptionBody;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SubscriptionResourceTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final String LOCAL_URL = "http://127.0.0.1:9/hooks";

    private static String create(String partner) {
        return asPartner(partner).body(subscriptionBody(LOCAL_URL, "DossierSubmitted")).post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsASubscriptionAndShowsItsSecretOnlyOnce() {
        String partner = uniquePartner("p-create");
        var created = asPartner(partner).body(subscriptionBody(LOCAL_URL, "DossierSubmitted", "DossierAccepted"))
                .post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("partnerId", equalTo(partner))
                .body("eventTypes", hasSize(2))
                .body("enabled", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        byte[] key = Base64.getDecoder().decode(created.getString("secret").substring("whsec_".length()));
        org.assertj.core.api.Assertions.assertThat(key.length).isBetween(24, 64);

        asPartner(partner).get(PATH + "/" + created.getString("id")).then().statusCode(200)
                .body("secret", nullValue())
                .body("url", equalTo(LOCAL_URL));
        asPartner(partner).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(created.getString("id")))
                .body("items.secret", everyItem(nullValue()));
    }

    @Test
    void aPartnerSeesAndChangesOnlyItsOwn() {
        String owner = uniquePartner("p-owner");
        String other = uniquePartner("p-other");
        String id = create(owner);
        asPartner(other).get(PATH + "/" + id).then().statusCode(404);
        asPartner(other).body("{\"enabled\": false}").patch(PATH + "/" + id).then().statusCode(404);
        asPartner(other).body("{}").post(PATH + "/" + id + "/secret-rotations").then().statusCode(404);
        asPartner(other).get(PATH + "/" + id + "/attempts").then().statusCode(404);
        asPartner(other).body("{\"eventId\": \"" + UUID.randomUUID() + "\"}").post(PATH + "/" + id + "/replays")
                .then().statusCode(404);
        asPartner(other).delete(PATH + "/" + id).then().statusCode(404);
        asPartner(other).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        asPartner(owner).get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void immigrationReadsEveryPartnersSubscriptionsButChangesNone() {
        String partner = uniquePartner("p-support");
        String id = create(partner);
        asImmigration().get(PATH + "/" + id).then().statusCode(200).body("partnerId", equalTo(partner))
                .body("secret", nullValue());
        asImmigration().queryParam("partnerId", partner).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
        asImmigration().get(PATH + "/" + id + "/attempts").then().statusCode(200);
        asImmigration().body("{\"enabled\": false}").patch(PATH + "/" + id).then().statusCode(403);
        asImmigration().body(subscriptionBody(LOCAL_URL, "DossierSubmitted")).post(PATH).then().statusCode(403);
        asImmigration().body("{}").post(PATH + "/" + id + "/secret-rotations").then().statusCode(403);
    }

    @Test
    void otherRolesAndNoTokenAreRefused() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).get(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.committee()).get(PATH).then().statusCode(403);
    }

    @Test
    void disablesAndEnablesWithAVisibleReason() {
        String partner = uniquePartner("p-toggle");
        String id = create(partner);
        asPartner(partner).body("{\"enabled\": false}").patch(PATH + "/" + id).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", equalTo("disabled by the partner"))
                .body("disabledAt", notNullValue());
        asPartner(partner).body("{\"enabled\": true, \"eventTypes\": [\"DossierDecided\"]}").patch(PATH + "/" + id)
                .then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("disabledReason", nullValue())
                .body("eventTypes", equalTo(java.util.List.of("DossierDecided")));
    }

    @Test
    void rotationAnswersANewSecretAndTheOverlap() {
        String partner = uniquePartner("p-rotate");
        var created = asPartner(partner).body(subscriptionBody(LOCAL_URL, "DossierSubmitted")).post(PATH)
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        asPartner(partner).body("{\"overlap\": \"PT2H\"}").post(PATH + "/" + id + "/secret-rotations")
                .then().statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("secret", not(equalTo(created.getString("secret"))))
                .body("previousSecretExpiresAt", notNullValue());
        asPartner(partner).body("{\"overlap\": \"P30D\"}").post(PATH + "/" + id + "/secret-rotations")
                .then().statusCode(400).body("errors[0].field", equalTo("overlap"));
        asPartner(partner).body("{\"overlap\": \"soon\"}").post(PATH + "/" + id + "/secret-rotations")
                .then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"url\": \"ftp://127.0.0.1/h\", \"eventTypes\": [\"DossierSubmitted\"]}",
            "{\"url\": \"http://user:pw@127.0.0.1/h\", \"eventTypes\": [\"DossierSubmitted\"]}",
            "{\"url\": \"http://127.0.0.1:9/h\", \"eventTypes\": []}",
            "{\"url\": \"http://127.0.0.1:9/h\", \"eventTypes\": [\"NoSuchEvent\"]}",
            "{\"url\": \"http://127.0.0.1:9/h\"}",
            "{\"eventTypes\": [\"DossierSubmitted\"]}",
            "{\"url\": \"http://127.0.0.1:9/h\", \"eventTypes\": [\"DossierSubmitted\"], \"secret\": \"whsec_mine\"}",
            "not json"})
    void refusesBadInputWith400(String body) {
        asPartner(uniquePartner("p-bad")).body(body).post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:9/hook", "http://127.0.0.2:9/hook", "http://192.168.1.10/hook", "http://[fd00:ec2::254]/",
            "http://100.100.100.200/"})
    void refusesInternalTargetsAtSubscriptionTime(String url) {
        asPartner(uniquePartner("p-ssrf")).body(subscriptionBody(url, "DossierSubmitted")).post(PATH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("refused address"));
    }

    @Test
    void replayNeedsEitherAnEventOrARange() {
        String partner = uniquePartner("p-replay-input");
        String id = create(partner);
        asPartner(partner).body("{}").post(PATH + "/" + id + "/replays").then().statusCode(400);
        asPartner(partner).body("{\"from\": \"2026-11-30T10:00:00+08:00\"}").post(PATH + "/" + id + "/replays")
                .then().statusCode(400);
        asPartner(partner).body("{\"from\": \"2026-11-30T10:00:00+08:00\", \"to\": \"2026-11-29T10:00:00+08:00\"}")
                .post(PATH + "/" + id + "/replays").then().statusCode(400);
        asPartner(partner).body("{\"eventId\": \"" + UUID.randomUUID() + "\"}").post(PATH + "/" + id + "/replays")
                .then().statusCode(404);
        asPartner(partner).queryParam("size", 0).get(PATH + "/" + id + "/attempts").then().statusCode(400);
    }

    @Test
    void deletesItsOwn() {
        String partner = uniquePartner("p-delete");
        String id = create(partner);
        asPartner(partner).delete(PATH + "/" + id).then().statusCode(204);
        asPartner(partner).get(PATH + "/" + id).then().statusCode(404);
    }
}
