package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.DOCUMENTS;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.immigration;
import static cn.zgc.residence.documents.Dossiers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two officers at once: the version is the ETag, If-Match guards a write, and of two racing writes exactly one wins. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void refusesAWriteWhoseIfMatchNoLongerMatchesChangingNothing() {
        String partner = unique("p-etag");
        String dossier = Dossiers.open(partner);
        String etag = as(Tokens.partner(partner)).get(BASE + dossier).then().statusCode(200).extract().header("ETag");
        as(Tokens.partner(partner)).header("If-Match", etag).body(DOCUMENTS.acceptable("PHOTOS"))
                .put(BASE + dossier + "/documents/PHOTOS").then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(Tokens.partner(partner)).header("If-Match", etag).body(DOCUMENTS.acceptable("PASSPORT"))
                .put(BASE + dossier + "/documents/PASSPORT").then().statusCode(412).contentType("application/problem+json");
        as(Tokens.partner(partner)).get(BASE + dossier).then().header("ETag", equalTo("\"1\""))
                .body("items.find { it.code == 'PASSPORT' }.rulesVerdict", equalTo("MISSING"));
    }

    @Test
    void ofTwoOfficersAcceptingAtOnceExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 3; round++) {
            String dossier = submittedAndConfirmed();
            List<Integer> statuses = race(() -> immigration().post(BASE + dossier + "/acceptance"),
                    () -> immigration().post(BASE + dossier + "/acceptance"));
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            immigration().get(BASE + dossier + "/history").then()
                    .body("entries.findAll { it.action == 'ACCEPT' }.size()", equalTo(1));
        }
    }

    @Test
    void ofTwoConflictingReviewsFromOneVersionExactlyOneSucceedsAndTheOtherChangesNothing() throws Exception {
        for (int round = 0; round < 3; round++) {
            String dossier = submittedAndConfirmed();
            String etag = immigration().get(BASE + dossier).then().extract().header("ETag");
            List<Integer> statuses = race(
                    () -> immigration().header("If-Match", etag).body(Map.of("verdict", "REJECTED",
                            "reasonEn", "Unreadable", "reasonZh", "无法辨认")).post(BASE + dossier + "/items/PASSPORT/review"),
                    () -> immigration().header("If-Match", etag).body(Map.of("verdict", "CONFIRMED", "originalSeen", true))
                            .post(BASE + dossier + "/items/PASSPORT/review"));
            assertThat(statuses).hasSize(2).contains(200).containsAnyOf(409, 412).doesNotHaveDuplicates();
            long reviews = immigration().queryParam("size", "100").get(BASE + dossier + "/history").then().extract()
                    .jsonPath().getList("entries.findAll { it.kind == 'ITEM_REVIEW' && it.itemCode == 'PASSPORT' }").size();
            assertThat(reviews).as("the confirmation before, and one of the two racing reviews").isEqualTo(2);
        }
    }

    private static String submittedAndConfirmed() {
        String partner = unique("p-race");
        String dossier = Dossiers.openReady(partner);
        Dossiers.submit(partner, dossier);
        Dossiers.confirmAll(dossier);
        return dossier;
    }

    private static List<Integer> race(Supplier<Response> first, Supplier<Response> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (Supplier<Response> request : List.of(first, second)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.get().statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
