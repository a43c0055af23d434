package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asCommittee;
import static cn.zgc.residence.fees.FeesTestData.asImmigration;
import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.asRetiredOfficer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what in fees: immigration publishes schedules, invoices by hand, decides payments and refunds; a
 * partner reads (its own) and declares payments; the committee and the retired officer role have nothing here.
 */
@QuarkusTest
class RolesTest {

    private static final String INVOICE = "/api/v1/invoices/" + UUID.randomUUID();
    private static final String PAYMENT = INVOICE + "/payments/" + UUID.randomUUID();

    @ParameterizedTest(name = "{0} {1}: partner {3}, immigration {4}, committee and officer 403")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            GET  | /api/v1/fee-schedules                  |                                                  | 200 | 200
            GET  | /api/v1/fee-schedules/2004-baseline    |                                                  | 200 | 200
            POST | /api/v1/fee-schedules                  | '{"version":"roles","effectiveFrom":"2099-01-01","items":[]}' | 403 | 400
            POST | /api/v1/quotes                         | '{"services":["REISSUANCE"]}'                      | 200 | 200
            POST | /api/v1/invoices                       | '{"partnerId":"p-roles","services":[]}'            | 403 | 400
            GET  | /api/v1/invoices/pending-payments      |                                                  | 403 | 200
            GET  | INVOICE                                |                                                  | 404 | 404
            POST | INVOICE/payments                       | '{"amount":1.00,"channel":"ALIPAY","externalReference":"r"}' | 404 | 403
            GET  | PAYMENT                                |                                                  | 404 | 404
            POST | PAYMENT/confirmation                   |                                                  | 403 | 404
            POST | PAYMENT/rejection                      | '{"reason":"no"}'                                | 403 | 404
            POST | INVOICE/refunds                        | '{"amount":1.00,"reason":"no"}'                  | 403 | 404
            GET  | INVOICE/refunds/00000000-0000-0000-0000-000000000000 |                                    | 404 | 404
            """)
    void eachOperationAnswersEachRole(String method, String path, String body, int partner, int immigration) {
        String url = path.replace("PAYMENT", PAYMENT).replace("INVOICE", INVOICE);
        expect(asPartner("p-roles"), method, url, body, partner);
        expect(asImmigration(), method, url, body, immigration);
        expect(asCommittee(), method, url, body, 403);
        expect(asRetiredOfficer(), method, url, body, 403);
    }

    private static void expect(RequestSpecification as, String method, String url, String body, int status) {
        RequestSpecification request = as.header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request = request.body(body);
        }
        request.request(method, url).then().statusCode(status);
    }
}
