package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.fees.FeesTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class QuoteResourceTest {

    @Test
    void quotesItemisedLinesTotalCurrencyAndVersion() {
        asPartner("p-quotes").body("""
                        {"services": ["FIRST_APPLICATION", "CERTIFICATE_PRODUCTION"], "on": "2025-03-01", "currency": "CNY"}""")
                .post("/api/v1/quotes").then().statusCode(200)
                .body("on", equalTo("2025-03-01"))
                .body("scheduleVersion", equalTo("2004-baseline"))
                .body("currency", equalTo("CNY"))
                .body("lines", hasSize(2))
                .body("lines[0].service", equalTo("FIRST_APPLICATION"))
                .body("lines[0].name", equalTo("First application"))
                .body("lines[0].amount", equalTo(cny("1500.00")))
                .body("lines[1].service", equalTo("CERTIFICATE_PRODUCTION"))
                .body("lines[1].amount", equalTo(cny("300.00")))
                .body("total", equalTo(cny("1800.00")));
    }

    @Test
    void namesEachServiceInTheCallersLanguage() {
        asPartner("p-quotes").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").body("""
                        {"services": ["FIRST_APPLICATION", "CERTIFICATE_PRODUCTION", "REPLACEMENT", "REISSUANCE"]}""")
                .post("/api/v1/quotes").then().statusCode(200)
                .body("lines.service", equalTo(java.util.List.of("FIRST_APPLICATION", "CERTIFICATE_PRODUCTION",
                        "REPLACEMENT", "REISSUANCE")))
                .body("lines.name", equalTo(java.util.List.of("首次申请", "证件制作", "证件换发", "证件补发")));
    }

    @Test
    void quotesAsOfTodayWhenNoDateIsGiven() {
        asPartner("p-quotes").body("""
                        {"services": ["REISSUANCE"]}""")
                .post("/api/v1/quotes").then().statusCode(200)
                .body("on", equalTo(FeesTestData.today().toString()));
    }

    @Test
    void recomputingAQuoteAsOfItsDateGivesTheSameAnswerAfterANewSchedule() {
        String request = """
                {"services": ["FIRST_APPLICATION", "REPLACEMENT", "REISSUANCE"], "on": "%s"}"""
                .formatted(FeesTestData.today());
        JsonPath before = asPartner("p-quotes").body(request).post("/api/v1/quotes").then().statusCode(200)
                .extract().jsonPath();

        int year = FeesTestData.publishYear("quote-check-" + FeesTestData.freeYear(), "1999.00");

        JsonPath after = asPartner("p-quotes").body(request).post("/api/v1/quotes").then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(before.prettify(), after.prettify());
        asPartner("p-quotes").body("""
                        {"services": ["FIRST_APPLICATION"], "on": "%d-03-01"}""".formatted(year))
                .post("/api/v1/quotes").then().statusCode(200)
                .body("total", equalTo(cny("1999.00")));
    }

    @Test
    void answersUnprocessableWhenNoScheduleIsInForce() {
        asPartner("p-quotes").body("""
                        {"services": ["FIRST_APPLICATION"], "on": "1990-01-01"}""")
                .post("/api/v1/quotes").then().statusCode(422).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"services": ["WORK_PERMIT"]}'                                | services | an unknown service code
            '{"services": ["FIRST_APPLICATION"], "currency": "USD"}'       | currency | a currency other than CNY
            '{"services": ["FIRST_APPLICATION"], "on": "2026-13-01"}'      | on       | a month that cannot be
            '{"services": ["FIRST_APPLICATION"], "on": "2025-02-29"}'      | on       | the 29th of February in a common year
            '{"services": []}'                                             | services | nothing to price
            """)
    void rejectsBadInputNamingTheField(String body, String field, String reason) {
        asPartner("p-quotes").body(body).post("/api/v1/quotes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field.any { it.startsWith('" + field + "') }", equalTo(true));
    }

    @Test
    void answersUnauthorizedWithoutAToken() {
        io.restassured.RestAssured.given().contentType("application/json").body("{\"services\":[\"REISSUANCE\"]}")
                .post("/api/v1/quotes").then().statusCode(401).contentType("application/problem+json");
    }
}
