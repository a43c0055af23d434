package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class AppointmentResourceTest {

    private static final String HALL = "zhongguancun-center";

    @Test
    void booksASlotThatThePartnerAndImmigrationSeeAndAnotherPartnerDoesNot() {
        UUID dossier = DocumentsStub.dossier("p-book", "READY");
        OffsetDateTime startsAt = Bookings.at(LocalDate.of(2026, 3, 3), "09:30");
        String id = Bookings.book("p-book", dossier, HALL, startsAt)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/appointments/"))
                .body("dossierId", equalTo(dossier.toString()))
                .body("partnerId", equalTo("p-book"))
                .body("hallId", equalTo(HALL))
                .body("category", equalTo("PERMANENT_RESIDENCE"))
                .body("startsAt", equalTo("2026-03-03T09:30:00+08:00"))
                .body("endsAt", equalTo("2026-03-03T10:00:00+08:00"))
                .body("status", equalTo("BOOKED"))
                .extract().path("id");

        given().auth().oauth2(Tokens.partner("p-book")).when().get("/api/v1/appointments/" + id)
                .then().statusCode(200).body("status", equalTo("BOOKED")).body("hallAddress", notNullValue());
        given().auth().oauth2(Tokens.immigration()).when().get("/api/v1/appointments/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(Tokens.partner("p-other")).when().get("/api/v1/appointments/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner("p-book")).queryParam("dossierId", dossier.toString())
                .when().get("/api/v1/appointments")
                .then().statusCode(200).body("id", hasSize(1)).body("[0].id", equalTo(id));
        given().auth().oauth2(Tokens.partner("p-other")).queryParam("dossierId", dossier.toString())
                .when().get("/api/v1/appointments")
                .then().statusCode(200).body("$", hasSize(0));

        ConsumerRecord<String, String> event = EventProbe.awaitRecords(Topics.OFFICES_APPOINTMENTS, 1,
                r -> r.value().contains(id)).get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(EventProbe.header(event, "ce_type")).contains("cn.zgc.offices.AppointmentBooked.v1");
        assertThat(event.value()).contains("\"partnerId\":\"p-book\"").contains("\"dossierId\":\"" + dossier + "\"");
    }

    @Test
    void theSeatTakenShowsInTheSlotsAndOnlyImmigrationSeesTheBookedCount() {
        UUID dossier = DocumentsStub.dossier("p-seat", "OPEN");
        LocalDate day = LocalDate.of(2026, 3, 4);
        Bookings.booked("p-seat", dossier, HALL, Bookings.at(day, "10:00"));
        given().auth().oauth2(Tokens.partner("p-seat")).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200)
                .body("slots", hasSize(16))
                .body("slots[0].startsAt", equalTo("2026-03-04T09:00:00+08:00"))
                .body("slots.find { it.startsAt == '2026-03-04T10:00:00+08:00' }.available", equalTo(1))
                .body("slots.find { it.startsAt == '2026-03-04T10:00:00+08:00' }.booked", nullValue());
        given().auth().oauth2(Tokens.immigration()).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200)
                .body("slots.find { it.startsAt == '2026-03-04T10:00:00+08:00' }.booked", equalTo(1));
    }

    @Test
    void acceptsTheFormerStatusFieldAndRefusesADossierTheHallHasAccepted() {
        UUID former = DocumentsStub.dossier(UUID.randomUUID(), "p-state", "status", "OPEN", null);
        Bookings.book("p-state", former, HALL, Bookings.at(LocalDate.of(2026, 3, 5), "09:00")).then().statusCode(201);
        UUID accepted = DocumentsStub.dossier("p-state", "ACCEPTED");
        Bookings.book("p-state", accepted, HALL, Bookings.at(LocalDate.of(2026, 3, 5), "09:00"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ACCEPTED"));
    }

    @Test
    void refusesAnotherPartnersDossierAsNotFound() {
        UUID dossier = DocumentsStub.dossier("p-owner", "OPEN");
        Bookings.book("p-intruder", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 5), "10:00"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void keepsOneActiveAppointmentPerDossier() {
        UUID dossier = DocumentsStub.dossier("p-one", "OPEN");
        LocalDate day = LocalDate.of(2026, 3, 5);
        Bookings.booked("p-one", dossier, HALL, Bookings.at(day, "11:00"));
        Bookings.book("p-one", dossier, HALL, Bookings.at(day, "11:30"))
                .then().statusCode(409).body("detail", containsString("already has a booked appointment"));
    }

    @Test
    void answersAReplayForTheSameIdempotencyKeyAndRefusesItWithAnotherBody() {
        UUID dossier = DocumentsStub.dossier("p-key", "OPEN");
        OffsetDateTime startsAt = Bookings.at(LocalDate.of(2026, 3, 6), "09:00");
        String id = given().auth().oauth2(Tokens.partner("p-key")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "book-1").body(Bookings.body(dossier, HALL, startsAt))
                .when().post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner("p-key")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "book-1").body(Bookings.body(dossier, HALL, startsAt))
                .when().post("/api/v1/appointments")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(Tokens.partner("p-key")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "book-1").body(Bookings.body(dossier, HALL, startsAt.plusMinutes(30)))
                .when().post("/api/v1/appointments")
                .then().statusCode(422).body("type", equalTo("urn:zgc:problem:idempotency-key-reused"));
    }

    @Test
    void refusesATimeThatIsNotASlotStartAndAPastSlotAndAHallThatDoesNotTakeTheCategory() {
        UUID dossier = DocumentsStub.dossier("p-bad", "OPEN");
        Bookings.book("p-bad", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 6), "09:10"))
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        Bookings.book("p-bad", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 1), "09:00"))
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        // a Sunday: the hall is closed
        Bookings.book("p-bad", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 8), "09:00"))
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        Bookings.book("p-bad", dossier, "tongzhou-center", Bookings.at(LocalDate.of(2026, 3, 6), "09:00"))
                .then().statusCode(422).body("detail", containsString("does not take PERMANENT_RESIDENCE"));
        Bookings.book("p-bad", dossier, "nowhere", Bookings.at(LocalDate.of(2026, 3, 6), "09:00"))
                .then().statusCode(400).body("errors[0].field", equalTo("hallId"));
        given().auth().oauth2(Tokens.partner("p-bad")).contentType(ContentType.JSON)
                .body("{\"dossierId\": \"not-a-uuid\", \"hallId\": \"" + HALL + "\", \"startsAt\": \"2026-03-06T09:00:00+08:00\"}")
                .when().post("/api/v1/appointments").then().statusCode(400);
        given().auth().oauth2(Tokens.partner("p-bad")).queryParam("dossierId", dossier.toString())
                .when().get("/api/v1/appointments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void answers503WhenDocumentsServiceCannotTellTheDossier() {
        UUID dossier = DocumentsStub.failing("p-down");
        Bookings.book("p-down", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 6), "10:00"))
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("documents-service"));
        assertThat(DocumentsStub.calls(dossier)).as("one retry").isEqualTo(2);
    }

    @Test
    void cancelsAndFreesTheSeatAndTheDossierCanBookAgain() {
        UUID dossier = DocumentsStub.dossier("p-cancel", "OPEN");
        OffsetDateTime startsAt = Bookings.at(LocalDate.of(2026, 3, 9), "09:00");
        String id = Bookings.booked("p-cancel", dossier, HALL, startsAt);
        given().auth().oauth2(Tokens.partner("p-other")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/appointments/" + id + "/cancellation").then().statusCode(404);
        given().auth().oauth2(Tokens.partner("p-cancel")).contentType(ContentType.JSON)
                .body("{\"reasonEn\": \"The applicant is travelling\", \"reasonZh\": \"申请人出差\"}")
                .when().post("/api/v1/appointments/" + id + "/cancellation")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.cause", equalTo("PARTNER"))
                .body("cancellation.reasonZh", equalTo("申请人出差"));
        given().auth().oauth2(Tokens.partner("p-cancel")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/appointments/" + id + "/cancellation").then().statusCode(409);
        Bookings.booked("p-cancel", dossier, HALL, startsAt);

        ConsumerRecord<String, String> event = EventProbe.awaitRecords(Topics.OFFICES_APPOINTMENTS, 1,
                r -> r.value().contains(id) && EventProbe.header(r, "ce_type").orElse("").contains("Cancelled")).get(0);
        assertThat(event.value()).contains("\"cause\":\"PARTNER\"").contains("\"reasonEn\":\"The applicant is travelling\"");
    }

    @Test
    void reschedulesToAnotherSlotRaisingTheInvitationsSequence() throws Exception {
        UUID dossier = DocumentsStub.dossier("p-move", "SUBMITTED");
        LocalDate day = LocalDate.of(2026, 3, 10);
        String id = Bookings.booked("p-move", dossier, HALL, Bookings.at(day, "09:00"));
        given().auth().oauth2(Tokens.partner("p-move")).contentType(ContentType.JSON)
                .body("{\"startsAt\": \"2026-03-10T14:00:00+08:00\"}")
                .when().post("/api/v1/appointments/" + id + "/reschedule")
                .then().statusCode(200)
                .body("startsAt", equalTo("2026-03-10T14:00:00+08:00"))
                .body("sequence", equalTo(1));
        given().auth().oauth2(Tokens.immigration()).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200)
                .body("slots.find { it.startsAt == '2026-03-10T09:00:00+08:00' }.booked", equalTo(0))
                .body("slots.find { it.startsAt == '2026-03-10T14:00:00+08:00' }.booked", equalTo(1));
        EventProbe.awaitRecords(Topics.OFFICES_APPOINTMENTS, 1,
                r -> r.value().contains(id) && EventProbe.header(r, "ce_type").orElse("").contains("Rescheduled"));

        // a full slot: the move is refused and the appointment keeps its seat
        Bookings.booked("p-move", DocumentsStub.dossier("p-move", "OPEN"), HALL, Bookings.at(day, "15:00"));
        Bookings.booked("p-move", DocumentsStub.dossier("p-move", "OPEN"), HALL, Bookings.at(day, "15:00"));
        given().auth().oauth2(Tokens.partner("p-move")).contentType(ContentType.JSON)
                .body("{\"startsAt\": \"2026-03-10T15:00:00+08:00\"}")
                .when().put("/api/v1/appointments/" + id + "/reschedule")
                .then().statusCode(409).body("detail", containsString("fully booked"));
        given().auth().oauth2(Tokens.partner("p-move")).when().get("/api/v1/appointments/" + id)
                .then().statusCode(200).body("startsAt", equalTo("2026-03-10T14:00:00+08:00")).body("status", equalTo("BOOKED"));

        String ics = given().auth().oauth2(Tokens.partner("p-move")).when().get("/api/v1/appointments/" + id + "/invitation.ics")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260310T140000");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).contains("Shuang Yu Shu");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("/api/v1/dossiers/" + dossier);
        assertThat(event.getProperty("ORGANIZER")).isPresent();
        given().auth().oauth2(Tokens.partner("p-other")).when().get("/api/v1/appointments/" + id + "/invitation.ics")
                .then().statusCode(404);
    }

    @Test
    void findsTheEarliestFreeSlotsAcrossTheHallsThatTakeTheCategory() {
        given().auth().oauth2(Tokens.partner("p-search")).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", "2026-03-02").queryParam("to", "2026-03-03").queryParam("perHall", "2")
                .when().get("/api/v1/slots/earliest")
                .then().statusCode(200)
                .body("hallId", org.hamcrest.Matchers.containsInAnyOrder("beijing-reception-hall", "zhongguancun-center"))
                .body("[0].slots", hasSize(2))
                .body("[0].slots[0].startsAt", equalTo("2026-03-02T09:00:00+08:00"));
        given().auth().oauth2(Tokens.partner("p-search")).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("employerDistrict", "CHAOYANG").queryParam("demonstratingEntity", "true")
                .queryParam("from", "2026-03-02").queryParam("to", "2026-03-02")
                .when().get("/api/v1/slots/earliest")
                .then().statusCode(200).body("hallId", org.hamcrest.Matchers.hasItem("chaoyang-center"))
                .body("hallId", not(org.hamcrest.Matchers.hasItem("shunyi-center")));
        given().auth().oauth2(Tokens.partner("p-search")).queryParam("category", "NOPE")
                .when().get("/api/v1/slots/earliest").then().statusCode(400);
    }

    @Test
    void aHallsOwnCapacityVersionShapesItsSlotsInItsListAndInTheSearchAcrossHalls() {
        // shunyi-center's employment permits get 45-minute slots of 7 seats from 2026-04-20; chaoyang-center keeps
        // the seeded 20 minutes and 4 seats: the one-hall list and the search across halls read each hall's own plan
        String category = "RESIDENCE_PERMIT_EMPLOYMENT";
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("""
                        {"category": "%s", "effectiveFrom": "2026-04-20", "reason": "Seven windows",
                         "bands": [{"starts": "00:00", "slotMinutes": 45, "capacity": 7}]}""".formatted(category))
                .when().post("/api/v1/halls/shunyi-center/capacity")
                .then().statusCode(201);
        Map<String, Object> first = given().auth().oauth2(Tokens.partner("p-plans"))
                .queryParam("category", category).queryParam("from", "2026-04-20").queryParam("to", "2026-04-20")
                .when().get("/api/v1/halls/shunyi-center/slots")
                .then().statusCode(200).extract().path("slots[0]");
        assertThat(first.get("capacity")).isEqualTo(7);
        assertThat(Duration.between(OffsetDateTime.parse((String) first.get("startsAt")),
                OffsetDateTime.parse((String) first.get("endsAt")))).hasMinutes(45);
        given().auth().oauth2(Tokens.partner("p-plans")).queryParam("category", category)
                .queryParam("from", "2026-04-20").queryParam("to", "2026-04-20").queryParam("perHall", "1")
                .when().get("/api/v1/slots/earliest")
                .then().statusCode(200)
                .body("find { it.hallId == 'shunyi-center' }.slots[0].capacity", equalTo(7))
                .body("find { it.hallId == 'chaoyang-center' }.slots[0].capacity", equalTo(4));
    }

    @Test
    void offersNoSlotInAYearWhoseStateCouncilCalendarIsNotLoaded() {
        TestClock.fixAt(OffsetDateTime.parse("2026-12-30T08:00:00+08:00"));
        given().auth().oauth2(Tokens.partner("p-2027")).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", "2027-01-04").queryParam("to", "2027-01-09")
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200).body("slots", hasSize(0));
    }

    @Test
    void refusesTheRetiredOfficerRoleAndLetsOnlyPartnersBook() {
        UUID dossier = DocumentsStub.dossier("p-role", "OPEN");
        given().auth().oauth2(Tokens.officer()).queryParam("category", "PERMANENT_RESIDENCE")
                .when().get("/api/v1/halls/" + HALL + "/slots").then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/halls").then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Bookings.body(dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 6), "11:00")))
                .when().post("/api/v1/appointments").then().statusCode(403);
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(Bookings.body(dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 6), "11:00")))
                .when().post("/api/v1/appointments").then().statusCode(403);
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/halls").then().statusCode(200);
        given().auth().oauth2(Tokens.committee()).queryParam("category", "PERMANENT_RESIDENCE")
                .when().get("/api/v1/halls/" + HALL + "/slots").then().statusCode(403);
    }
}
