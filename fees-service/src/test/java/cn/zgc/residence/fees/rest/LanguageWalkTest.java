package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asImmigration;
import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.confirm;
import static cn.zgc.residence.fees.FeesTestData.declare;
import static cn.zgc.residence.fees.FeesTestData.issueInvoice;
import static cn.zgc.residence.fees.FeesTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.LanguageWalk;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operation of fees, in Chinese and in English: no problem title or detail, no field message and no fee item
 * name is left in the other language. Real ids (an invoice with a pending and a confirmed payment and a refund) make
 * some answers views.
 */
@QuarkusTest
class LanguageWalkTest {

    private static final Logger LOG = Logger.getLogger(LanguageWalkTest.class);

    @Test
    void everyOperationAnswersInTheCallersLanguage() {
        String partner = uniquePartner("p-walk");
        String invoice = issueInvoice(partner, "CERTIFICATE_PRODUCTION", "REISSUANCE");
        String pending = declare(partner, invoice, "100.00");
        String confirmed = declare(partner, invoice, "200.00");
        confirm(invoice, confirmed).then().statusCode(200);
        String refund = asImmigration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\": 50.00, \"currency\": \"CNY\", \"reason\": \"walk\"}")
                .post("/api/v1/invoices/" + invoice + "/refunds").then().statusCode(201).extract().path("id");

        LanguageWalk.Report report = LanguageWalk.service()
                .token("partner", Tokens.partner(partner))
                .pathValue("id", invoice, invoice)
                .pathValue("paymentId", pending, confirmed)
                .pathValue("refundId", refund)
                .pathValue("version", "2004-baseline")
                .queryValue("on", "2026-05-10", "2026-02-30", "yesterday")
                .queryValue("dossierId", UUID.randomUUID().toString(), "not-a-uuid")
                .queryValue("size", "1000")
                // what immigration writes when it publishes a schedule, refunds or rejects is stored as written
                .storedAsWritten("note", "reason", "rejectionReason")
                .walk();
        LOG.info(report.summary());

        report.assertBothLanguages();
        assertThat(report.answers("GET /api/v1/invoices/{id}")).anyMatch(LanguageWalk.Answer::view);
        assertThat(report.answers("POST /api/v1/quotes")).anyMatch(LanguageWalk.Answer::view);
    }

    @Test
    void theWalkJudgesTextAndLeavesIdsCodesAndDatesAlone() {
        assertThat(LanguageWalk.leftInOtherLanguage("zh", "Invoice 1b4e28ba does not exist")).isTrue();
        assertThat(LanguageWalk.leftInOtherLanguage("zh", "Haidian")).isTrue();
        assertThat(LanguageWalk.leftInOtherLanguage("zh", "发票 1b4e28ba 不存在")).isFalse();
        assertThat(LanguageWalk.leftInOtherLanguage("en", "发票 1b4e28ba 不存在")).isTrue();
        assertThat(LanguageWalk.leftInOtherLanguage("en", "Invoice 1b4e28ba does not exist")).isFalse();
        for (String notText : new String[] {"CNY", "BANK_TRANSFER", "2004-baseline", "2026-05-10T09:00:00+08:00",
                "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "https://zgc.example/verify", "hall@zgc.example", "42"}) {
            assertThat(LanguageWalk.leftInOtherLanguage("zh", notText)).as(notText).isFalse();
        }
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "zh         | 只接受 CNY（人民币） | 不得为空",
            "zh-CN      | 只接受 CNY（人民币） | 不得为空",
            "zh-Hant-TW | 只接受 CNY（人民币） | 不得为空",
            "'en;q=0.5, zh;q=0.9' | 只接受 CNY（人民币） | 不得为空",
            "en         | only CNY is accepted | must not be empty",
            "'fr, en;q=0.1' | only CNY is accepted | must not be empty",
            "NULL       | only CNY is accepted | must not be empty"})
    void beanValidationMessagesFollowAcceptLanguage(String header, String currency, String services) {
        var request = asPartner(uniquePartner("p-lang"));
        if (header != null) {
            request = request.header("Accept-Language", header);
        }
        request.body("{\"services\": [], \"currency\": \"USD\"}").post("/api/v1/quotes").then().statusCode(400)
                .body("errors.find { it.field == 'currency' }.message", equalTo(currency))
                .body("errors.find { it.field == 'services' }.message", equalTo(services));
    }
}
