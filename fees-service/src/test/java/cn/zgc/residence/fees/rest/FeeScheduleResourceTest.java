package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asImmigration;
import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static cn.zgc.residence.fees.FeesTestData.freeYear;
import static cn.zgc.residence.fees.FeesTestData.scheduleBody;
import static cn.zgc.residence.fees.FeesTestData.today;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.fees.FeesTestData;
import cn.zgc.residence.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FeeScheduleResourceTest {

    @Test
    void listsTheBaselineWithTheFeesOfTheProcedure() {
        asPartner("p-schedules").get("/api/v1/fee-schedules").then().statusCode(200)
                .body("version", hasItem("2004-baseline"))
                .body("find { it.version == '2004-baseline' }.effectiveFrom", equalTo("2004-08-15"))
                .body("find { it.version == '2004-baseline' }.currency", equalTo("CNY"))
                .body("find { it.version == '2004-baseline' }.items.find { it.service == 'FIRST_APPLICATION' }.amount",
                        equalTo(cny("1500.00")))
                .body("find { it.version == '2004-baseline' }.items.find { it.service == 'CERTIFICATE_PRODUCTION' }.amount",
                        equalTo(cny("300.00")))
                .body("find { it.version == '2004-baseline' }.items.find { it.service == 'REPLACEMENT' }.amount",
                        equalTo(cny("300.00")))
                .body("find { it.version == '2004-baseline' }.items.find { it.service == 'REISSUANCE' }.amount",
                        equalTo(cny("600.00")));
    }

    @Test
    void answersTheVersionInForceOnADate() {
        asPartner("p-schedules").queryParam("on", "2020-03-01").get("/api/v1/fee-schedules/current")
                .then().statusCode(200).body("version", equalTo("2004-baseline"));
        asPartner("p-schedules").get("/api/v1/fee-schedules/current")
                .then().statusCode(200).body("version", notNullValue());
    }

    @Test
    void answersNotFoundBeforeTheFirstVersion() {
        asPartner("p-schedules").queryParam("on", "1999-12-31").get("/api/v1/fee-schedules/current")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejectsAnImpossibleDateInTheQuery() {
        asPartner("p-schedules").queryParam("on", "2026-02-30").get("/api/v1/fee-schedules/current")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void immigrationPublishesAFutureVersionAndFeeScheduleChangedIsPublished() {
        int year = freeYear();
        String version = "test-" + year;
        asImmigration().body(scheduleBody(version, year + "-01-01", null, "1650.00"))
                .post("/api/v1/fee-schedules").then().statusCode(201)
                .header("Location", endsWith("/api/v1/fee-schedules/" + version))
                .body("effectiveFrom", equalTo(year + "-01-01"))
                .body("publishedBy", equalTo("immigration-1"));

        asPartner("p-schedules").queryParam("on", year + "-07-01").get("/api/v1/fee-schedules/current")
                .then().statusCode(200).body("version", equalTo(version));
        EventProbe.awaitRecords(Topics.FEES_SCHEDULES, 1, r -> version.equals(r.key())
                && EventProbe.header(r, "ce_type").orElse("").equals(EventType.FEE_SCHEDULE_CHANGED.ceType())
                && r.value().contains("1650.00"));
        // an open-ended version here would overlap anything published later: end it for the other tests
        asImmigration().body(scheduleBody("after-" + year, (year + 1) + "-01-01", (year + 1) + "-01-31", "1650.00"))
                .post("/api/v1/fee-schedules").then().statusCode(201);
    }

    @Test
    void refusesAPartnerPublishing() {
        int year = freeYear();
        asPartner("p-schedules").body(scheduleBody("partner-" + year, year + "-01-01", year + "-01-31", "1.00"))
                .post("/api/v1/fee-schedules").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesARetroactiveVersion() {
        String version = "retro-" + FeesTestData.uniquePartner("v");
        asImmigration().body(scheduleBody(version, today().toString(), null, "1800.00"))
                .post("/api/v1/fee-schedules").then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
        asImmigration().get("/api/v1/fee-schedules").then().body("version", not(hasItem(version)));
    }

    @Test
    void refusesAVersionOverlappingAnother() {
        int year = FeesTestData.publishYear("overlapped-" + freeYear(), "1700.00");
        asImmigration().body(scheduleBody("overlapping-" + year, year + "-06-01", year + "-06-30", "1.00"))
                .post("/api/v1/fee-schedules").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:conflict"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"version":"bad-1","effectiveFrom":"2090-01-01","items":[{"service":"FIRST_APPLICATION","amount":-1.00}]}'       | items       | a negative amount
            '{"version":"bad-2","effectiveFrom":"2090-01-01","items":[{"service":"FIRST_APPLICATION","amount":1500.005}]}'    | items       | a fraction of a fen
            '{"version":"bad-3","effectiveFrom":"2090-01-01","items":[{"service":"VISA_EXTENSION","amount":1.00}]}'          | items       | an unknown service code
            '{"version":"bad-4","effectiveFrom":"2090-01-01","currency":"USD","items":[{"service":"FIRST_APPLICATION","amount":1.00}]}' | currency | a currency other than CNY
            '{"version":"bad-5","effectiveFrom":"2090-02-30","items":[{"service":"FIRST_APPLICATION","amount":1.00}]}'       | effectiveFrom | a date that cannot be
            '{"version":"bad-6","effectiveFrom":"2090-01-01","items":[{"service":"FIRST_APPLICATION","amount":1.00}]}'       | items       | a service without an amount
            """)
    void rejectsBadInputNamingTheFieldAndStoresNothing(String body, String field, String reason) {
        asImmigration().body(body).post("/api/v1/fee-schedules").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field.any { it.startsWith('" + field + "') }", equalTo(true));
        String version = body.substring(body.indexOf("bad-"), body.indexOf("bad-") + 5);
        asImmigration().get("/api/v1/fee-schedules").then().body("version", not(hasItem(version)));
    }
}
