package cn.zgc.residence.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Requests, events and waits the tests of this module share; every call makes its own ids. */
public final class NotificationsTestData {

    private NotificationsTestData() {
    }

    /** A subscription as its creation answered: the only time its secret is shown. */
    public record Subscribed(String id, String secret) {
    }

    public static String uniquePartner(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification asPartner(String partnerId) {
        return given().auth().oauth2(Tokens.partner(partnerId)).contentType("application/json");
    }

    public static RequestSpecification asImmigration() {
        return given().auth().oauth2(Tokens.immigration()).contentType("application/json");
    }

    public static String subscriptionBody(String url, String... eventTypes) {
        return """
                {"url": "%s", "eventTypes": [%s], "description": "test endpoint"}"""
                .formatted(url, String.join(", ", List.of(eventTypes).stream().map(t -> "\"" + t + "\"").toList()));
    }

    /** Subscribes the partner's receiver and gives the receiver the secret to verify with. */
    public static Subscribed subscribe(String partnerId, WebhookReceiver receiver, String... eventTypes) {
        JsonPath created = asPartner(partnerId).body(subscriptionBody(receiver.url(), eventTypes))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
        Subscribed subscribed = new Subscribed(created.getString("id"), created.getString("secret"));
        receiver.verifyingWith(subscribed.secret());
        return subscribed;
    }

    /** DossierSubmitted of the dossier for the partner, on documents.dossiers with the dossier as key; its id. */
    public static String sendDossierSubmitted(UUID dossier, String partnerId) {
        String data = """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "hallId": "zgc-centre",
                 "appointmentId": "%s", "submittedAt": "2026-11-30T10:00:00+08:00"}"""
                .formatted(dossier, UUID.randomUUID(), partnerId, UUID.randomUUID());
        return EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), EventType.DOSSIER_SUBMITTED.ceType(),
                data);
    }

    public static <T> T awaitValue(Duration atMost, Supplier<T> value, java.util.function.Predicate<T> done) {
        Object[] last = new Object[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = value.get();
            @SuppressWarnings("unchecked")
            T t = (T) last[0];
            return done.test(t);
        });
        @SuppressWarnings("unchecked")
        T t = (T) last[0];
        return t;
    }
}
