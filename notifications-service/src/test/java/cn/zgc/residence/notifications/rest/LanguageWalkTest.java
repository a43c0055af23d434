package cn.zgc.residence.notifications.rest;

import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.subscriptionBody;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.LanguageWalk;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every operation of notifications, in Chinese and in English: no problem title or detail, no field message and no
 * reason the service gives for a disabled subscription is left in the other language. Real ids (an enabled
 * subscription, one the partner disabled) make some answers views.
 */
@QuarkusTest
class LanguageWalkTest {

    private static final Logger LOG = Logger.getLogger(LanguageWalkTest.class);
    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final String LOCAL_URL = "http://127.0.0.1:9/hooks";

    @Test
    void everyOperationAnswersInTheCallersLanguage() {
        String partner = uniquePartner("p-walk");
        String enabled = create(partner);
        String disabled = create(partner);
        asPartner(partner).body("{\"enabled\": false}").patch(PATH + "/" + disabled).then().statusCode(200);

        LanguageWalk.Report report = LanguageWalk.service()
                .token("partner", Tokens.partner(partner))
                .pathValue("id", disabled, enabled)
                .queryValue("partnerId", partner, "x".repeat(101))
                .queryValue("size", "1000")
                .body("POST " + PATH, subscriptionBody("http://10.0.0.1/hooks", "DossierSubmitted"))
                .body("POST " + PATH, subscriptionBody("ftp://example.org/hooks", "NoSuchEvent"))
                .body("POST " + PATH + "/{id}/replays", "{\"eventId\": \"" + UUID.randomUUID() + "\"}")
                .body("POST " + PATH + "/{id}/replays",
                        "{\"from\": \"2026-11-30T12:00:00+08:00\", \"to\": \"2026-11-30T08:00:00+08:00\"}")
                .body("POST " + PATH + "/{id}/secret-rotations", "{\"overlap\": \"P30D\"}")
                // a partner's own note on its subscription; the endpoint's error as the delivery recorded it
                .storedAsWritten("description", "error")
                .walk();
        LOG.info(report.summary());

        report.assertBothLanguages();
        assertThat(report.answers("GET " + PATH + "/{id}"))
                .anyMatch(a -> a.view() && a.language().equals("zh")
                        && a.body().path("disabledReason").asText().equals("已由合作机构停用"));
    }

    private static String create(String partner) {
        return asPartner(partner).body(subscriptionBody(LOCAL_URL, "DossierSubmitted")).post(PATH)
                .then().statusCode(201).extract().path("id");
    }
}
