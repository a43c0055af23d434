package cn.zgc.residence.journey.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.Journey;
import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in headless Chromium, through the gateway of the running set: the partner's path from the assessment to
 * the dossier and a booked appointment, the halls' week, a file uploaded and the history, the hall's path from the
 * worklist to the collected card with the payment confirmed, a hall notice, the Committee's letters and a preview of
 * new criteria, the language switch, and an axe-core scan of each page. Screenshots of the main pages go to docs/images for the README.
 */
class WebPagesIT {

    private static RunningSet set;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
        base = set.gatewayUrl();
        browser = Browser.get(Path.of(System.getProperty("zgc.root", "..")).toAbsolutePath().normalize());
    }

    @Test
    void partnerAssessesAnApplicantSeesEachPointExplainedAndTheHallsWeek() {
        String partner = "P-WEB-" + UUID.randomUUID().toString().substring(0, 8);
        String applicant = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(base, "partner", partner);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/partner");
        browser.assertAccessible("partner home");

        // 1. assess: the technical talent who scores exactly 70 on the baseline criteria
        browser.find("#new-assessment").click();
        browser.find("#assessment-form");
        browser.assertSkipLinkFirst();
        browser.assertAccessible("new assessment");
        browser.find("#applicantRef").sendKeys(applicant);
        browser.find("#employerInScope").click();
        new Select(browser.find("#position")).selectByValue("DIRECTOR");
        new Select(browser.find("#education")).selectByValue("DOCTORATE");
        browser.find("#age").sendKeys("35");
        browser.find("#experience").sendKeys("10");
        browser.find("#salary").sendKeys("500000");
        browser.find("#patents").sendKeys("1");
        browser.find("#awards").sendKeys("0");
        browser.find("#certificates").sendKeys("1");
        new Select(browser.find("#field")).selectByValue("ARTIFICIAL_INTELLIGENCE");
        setDate("#employedSince", Journey.TODAY.minusYears(1).toString());
        browser.find("#hsk").sendKeys("0");
        browser.screenshot("assessment-form");
        browser.find("#assess").click();

        // 2. the points explained, factor by factor
        WebElement total = browser.find("#total");
        assertThat(total.getText()).isEqualTo("70");
        assertThat(browser.find("#result").getText()).contains("Reaches the threshold");
        assertThat(browser.all("#factors tbody tr")).hasSizeGreaterThan(3);
        browser.assertAccessible("assessment");
        browser.screenshot("assessment");
        assertThat(browser.all("#no-dossier, .dossier-link")).isNotEmpty();

        // 3. the halls that take the application, and one hall's week: open, closed, subject to notice in words
        browser.open(base + "/web/halls");
        assertThat(browser.all("#halls tbody tr")).hasSize(6);
        browser.assertAccessible("halls");
        browser.screenshot("halls");
        browser.find(".hall-link").click();
        browser.find("#schedule");
        assertThat(browser.all("#schedule tbody tr")).hasSize(7);
        assertThat(browser.find("#schedule").getText()).containsAnyOf("Open", "Closed", "Subject to notice");
        browser.assertAccessible("hall week");
        browser.screenshot("hall-week");
        String week = browser.find("#week-h").getText();
        browser.find("#next-week").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !browser.find("#week-h").getText().equals(week));
        assertThat(browser.all("#schedule tbody tr")).hasSize(7);
    }

    @Test
    void partnerFollowsTheDossierItemByItemAndBooksAnAppointment() {
        String partner = "P-WEB-D-" + UUID.randomUUID().toString().substring(0, 6);
        String applicant = "WEB-D-" + UUID.randomUUID().toString().substring(0, 6);
        String assessmentId = assess(partner, applicant);
        issueLetter(assessmentId);
        openDossier(partner, assessmentId, applicant);
        browser.signIn(base, "partner", partner);
        browser.setLanguage(base, "en");

        // the dossier, item by item
        browser.open(base + "/web/partner/assessments/" + assessmentId);
        browser.find(".dossier-link").click();
        assertThat(browser.find("#dossier-status").getText()).isNotBlank();
        assertThat(browser.all("#items tbody tr")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(browser.text()).contains("Missing");
        browser.assertAccessible("dossier");
        browser.screenshot("dossier");
        String dossierUrl = browser.driver().getCurrentUrl();

        // an appointment at a hall that takes the application: the first free slot of the coming days
        browser.find("#book-appointment").click();
        browser.find("#hall-choice");
        for (int week = 0; week < 3 && browser.all("#booking-form").isEmpty(); week++) {
            browser.find("#next-slots").click();
            browser.find("#hall-choice");
        }
        browser.assertAccessible("booking");
        browser.screenshot("booking");
        browser.find("#book").click();
        assertThat(browser.find("#appointments").getText()).contains("Booked");
        assertThat(browser.driver().getCurrentUrl()).startsWith(dossierUrl);
    }

    @Test
    void theLanguageSwitchTurnsEveryPageAndTheApisAnswersIntoChinese() {
        browser.signIn(base, "partner", "P-WEB-LANG");
        browser.setLanguage(base, "en");
        browser.open(base + "/web/halls");
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Service halls");
        String englishHall = browser.find(".hall-link").getText();

        browser.find("#language-switch").click();
        browser.find("#halls");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/web/halls");
        assertThat(browser.lang()).isEqualTo("zh-CN");
        assertThat(browser.find("h1").getText()).isEqualTo("出入境接待大厅");
        // the hall's name comes from the API, asked in the page's language
        assertThat(browser.find(".hall-link").getText()).isNotEqualTo(englishHall).containsPattern("\\p{IsHan}");
        browser.assertAccessible("halls (zh)");
        browser.screenshot("halls-zh");

        browser.find(".hall-link").click();
        assertThat(browser.find("#schedule").getText()).containsAnyOf("办公", "不办公", "以通知为准");
        browser.find("#language-switch").click();
        browser.find("#schedule");
        assertThat(browser.lang()).isEqualTo("en");
    }

    @Test
    void thePartnerUploadsAFileAndTheHallTakesTheDossierFromTheWorklistToTheCollectedCard() throws Exception {
        String partner = "P-WEB-OFF-" + UUID.randomUUID().toString().substring(0, 6);
        String applicant = "WEB-OFF-" + UUID.randomUUID().toString().substring(0, 6);
        String assessmentId = assess(partner, applicant);
        issueLetter(assessmentId);
        openDossier(partner, assessmentId, applicant);
        String dossierId = String.valueOf(dossierOf(partner, assessmentId).orElseThrow().get("id"));
        // the applicant's facts and each document's details, as a partner portal sends them through the API
        asPartner(partner).body(Journey.DOCUMENTS.facts("TECHNICAL_TALENT"))
                .put("/api/v1/dossiers/" + dossierId + "/facts").then().statusCode(200);
        for (String code : DocumentRequests.BASE_LIST) {
            asPartner(partner).body(Journey.DOCUMENTS.acceptable(code))
                    .put("/api/v1/dossiers/" + dossierId + "/documents/" + code).then().statusCode(200);
        }
        // every scan the rules need but the one the browser uploads below
        for (String code : DocumentFiles.WITH_FILES) {
            if (!code.equals("MEDICAL_CERTIFICATE")) {
                asPartner(partner).contentType(DocumentFiles.mediaType(code)).body(Journey.FILES.acceptable(code))
                        .post(Journey.files(dossierId, code)).then().statusCode(201);
            }
        }

        // the partner: a file uploaded with its progress shown, the dossier's history, the personalised checklist
        browser.signIn(base, "partner", partner);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/partner/dossiers/" + dossierId);
        Path pdf = Files.createTempFile("medical-certificate", ".pdf");
        Files.write(pdf, Journey.FILES.acceptable("MEDICAL_CERTIFICATE"));
        browser.find("#file-MEDICAL_CERTIFICATE").sendKeys(pdf.toString());
        browser.find("#item-MEDICAL_CERTIFICATE .upload-button").click();
        browser.find("#uploaded");
        assertThat(browser.find("#item-MEDICAL_CERTIFICATE .file-link").getText()).contains("PDF");
        browser.assertAccessible("dossier with its files");
        browser.screenshot("dossier-upload");
        browser.find("#history-link").click();
        assertThat(browser.find("#timeline").getText()).contains("Became complete");
        browser.assertAccessible("history");
        browser.open(base + "/web/partner/checklist?track=TECHNICAL_TALENT&employerKind=PUBLIC_INSTITUTION&languages=de");
        assertThat(browser.all("#checklist tbody tr")).hasSizeGreaterThan(5);
        assertThat(browser.find("#can-apply").getText()).isNotBlank();
        browser.assertAccessible("checklist");
        browser.screenshot("checklist");

        // booked and submitted through the API
        String appointmentId = book(partner, dossierId);
        asPartner(partner).body(Map.of("hallId", HALL, "appointmentId", appointmentId))
                .post("/api/v1/dossiers/" + dossierId + "/submission").then().statusCode(200);

        // the hall: the worklist filtered, the review screen with the file beside its verdicts, every item confirmed
        // with its original seen, the acceptance
        browser.signIn(base, "immigration", null);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/console");
        new Select(browser.find("#status")).selectByValue("SUBMITTED");
        browser.find("#applicantRef").sendKeys(applicant);
        browser.clickAndWait("#filter");
        assertThat(browser.all("#worklist tbody tr")).hasSize(1);
        browser.assertAccessible("worklist");
        browser.screenshot("worklist");
        browser.find(".dossier-link").click();
        assertThat(browser.find("#item-MEDICAL_CERTIFICATE .file-link").getDomAttribute("href")).contains("/files/");
        browser.assertAccessible("dossier review");
        browser.screenshot("dossier-review");
        for (String code : DocumentRequests.BASE_LIST) {
            browser.find("#seen-" + code).click();
            browser.clickAndWait("#item-" + code + " form.confirm-item button");
            assertThat(browser.find("#item-" + code + " td.officer").getText()).contains("Original seen, confirmed");
        }
        browser.clickAndWait("#accept");
        assertThat(browser.find("#dossier-status").getText()).isEqualTo("Accepted");

        // the fee: the partner declares the payment on the invoice's page, the hall confirms it on its page
        String invoiceId = await("the invoice of " + applicant).atMost(Duration.ofSeconds(30))
                .until(() -> invoiceOf(partner, dossierId), id -> id != null);
        String reference = "WEB-BANK-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(base, "partner", partner);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/partner/invoices/" + invoiceId);
        browser.find("#reference").sendKeys(reference);
        browser.assertAccessible("invoice");
        browser.clickAndWait("#declare");
        assertThat(browser.find("#payments").getText()).contains(reference);
        browser.signIn(base, "immigration", null);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/console/payments");
        WebElement payments = browser.driver().findElement(org.openqa.selenium.By.tagName("html"));
        browser.driver().findElement(org.openqa.selenium.By.xpath("//table[@id='pending']//tr[td[normalize-space()='"
                + reference + "']]//button[contains(@class,'confirm-payment')]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(payments));
        await("examination started").atMost(Duration.ofSeconds(30)).until(() -> "UNDER_EXAMINATION".equals(
                asPartner(partner).get("/api/v1/dossiers/" + dossierId).then().statusCode(200).extract().path("state")));

        // the decision, the card produced and collected, each in the history
        browser.open(base + "/web/console/dossiers/" + dossierId);
        browser.find("#decision-en").sendKeys("Every condition of the procedure is met");
        browser.find("#decision-zh").sendKeys("符合全部申请条件");
        browser.assertAccessible("decision");
        browser.clickAndWait("#decide");
        assertThat(browser.find("#dossier-status").getText()).isEqualTo("Approved");
        browser.clickAndWait("#card-produced");
        assertThat(browser.find("#dossier-status").getText()).isEqualTo("Card produced");
        browser.clickAndWait("#card-collected");
        assertThat(browser.find("#dossier-status").getText()).isEqualTo("Collected");
        browser.find("#history-link").click();
        assertThat(browser.find("#timeline").getText()).contains("Accepted").contains("Approved").contains("Card collected");

        browser.open(base + "/web/console/payments");
        assertThat(browser.all("#pending, #empty")).isNotEmpty();
        browser.assertAccessible("payments to confirm");
        browser.screenshot("payments");
    }

    @Test
    void theHallPublishesANoticeAndTheCommitteePreviewsANewCriteriaVersion() {
        browser.signIn(base, "immigration", null);
        browser.setLanguage(base, "zh");
        browser.open(base + "/web/halls/" + HALL);
        browser.find("#hall-console-link").click();
        String day = Journey.TODAY.plusDays(300).toString();
        setDate("#notice-from", day);
        new Select(browser.find("#notice-kind")).selectByValue("CLOSED");
        browser.find("#notice-en").sendKeys("Closed for a staff day");
        browser.find("#notice-zh").sendKeys("内部培训，暂停办公");
        browser.find("#publish-notice").click();
        browser.find("#done");
        assertThat(browser.find("#notices").getText()).contains("内部培训，暂停办公");
        browser.assertAccessible("notices and capacity (zh)");
        browser.screenshot("hall-notices");

        // a threshold of 75: the stored assessments at 70 (this one at least) would fall below it; nothing is published
        assess("P-WEB-CRIT", "WEB-CRIT-" + UUID.randomUUID().toString().substring(0, 6));
        browser.signIn(base, "committee", null);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/committee");
        browser.find("#criteria .draft-link").click();
        browser.find("#criteria-id").sendKeys("web-preview");
        WebElement threshold = browser.find("#threshold");
        threshold.clear();
        threshold.sendKeys("75");
        browser.find("#preview-button").click();
        assertThat(Long.parseLong(browser.find("#count-assessments").getText())).isPositive();
        assertThat(Long.parseLong(browser.find("#count-verdict-changes").getText())).isPositive();
        assertThat(browser.find("#preview-entries").getText()).contains("Below the threshold");
        browser.assertAccessible("criteria preview");
        browser.screenshot("criteria-preview");
        given().baseUri(base).auth().oauth2(Tokens.committee("committee-web")).get("/api/v1/criteria/web-preview")
                .then().statusCode(404);
    }

    @Test
    void theCommitteeIssuesALetterAndThePartnerSeesItsPdfAndPublicCheck() {
        String partner = "P-WEB-L-" + UUID.randomUUID().toString().substring(0, 6);
        String assessmentId = assess(partner, "WEB-L-" + UUID.randomUUID().toString().substring(0, 6));

        browser.signIn(base, "committee", null);
        browser.setLanguage(base, "zh");
        browser.open(base + "/web/committee");
        assertThat(browser.lang()).isEqualTo("zh-CN");
        assertThat(browser.all("#criteria tbody tr")).isNotEmpty();
        browser.find("#issue-assessment").sendKeys(assessmentId);
        browser.find("#issue-letter button").click();
        assertThat(browser.find("#letter").getText()).contains("ZGC").contains("有效");
        browser.assertAccessible("committee");
        browser.screenshot("committee");

        browser.signIn(base, "partner", partner);
        browser.setLanguage(base, "en");
        browser.open(base + "/web/partner/assessments/" + assessmentId);
        assertThat(browser.find("#letter").getText()).contains("Valid");
        assertThat(browser.find("#letter-check").getDomAttribute("href")).contains("/verify/letters/");
        Object type = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) {"
                        + " return r.arrayBuffer().then(function (b) { done(r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))); }); });",
                browser.find("#letter-pdf").getDomAttribute("href"));
        assertThat(String.valueOf(type)).isEqualTo("200 application/pdf %PDF-");
        browser.assertAccessible("assessment with its letter");
    }

    @Test
    void theSignInPageIsAccessibleAndNamesNoTokenToScripts() {
        browser.signIn(base, "partner", "P-WEB-COOKIE");
        browser.open(base + "/web/sign-in");
        browser.assertAccessible("sign-in");
        browser.screenshot("sign-in");
        Object visible = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeScript("return document.cookie") : "";
        assertThat(String.valueOf(visible)).doesNotContain("zgc_session").doesNotContain("eyJ");
        assertThat(browser.driver().manage().getCookieNamed("zgc_session").isHttpOnly()).isTrue();
    }

    private static final String HALL = "zhongguancun-center";

    private static io.restassured.specification.RequestSpecification asPartner(String partner) {
        return given().baseUri(base).auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON);
    }

    /** Books the first free slot at {@link #HALL} in the coming four weeks. */
    private static String book(String partner, String dossierId) {
        List<String> starts = asPartner(partner).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", Journey.TODAY.plusDays(1).toString())
                .queryParam("to", Journey.TODAY.plusDays(28).toString()).queryParam("available", "true")
                .get("/api/v1/halls/" + HALL + "/slots").then().statusCode(200).extract().path("slots.startsAt");
        assertThat(starts).as("free slots at " + HALL).isNotEmpty();
        return asPartner(partner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("dossierId", dossierId, "hallId", HALL, "startsAt", starts.get(0)))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
    }

    private static String invoiceOf(String partner, String dossierId) {
        List<String> ids = asPartner(partner).queryParam("dossierId", dossierId).get("/api/v1/invoices")
                .then().statusCode(200).extract().path("id");
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    private static String assess(String partner, String applicant) {
        return given().baseUri(base).auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Journey.eligibleAssessment(applicant)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    /** The dossier the letter opens (documents-service, on RecommendationIssued). */
    private static void openDossier(String partner, String assessmentId, String applicant) {
        await("dossier opened by the letter of " + applicant).atMost(Duration.ofSeconds(30))
                .until(() -> dossierOf(partner, assessmentId).isPresent());
    }

    /** The Committee issues the letter through the gateway. */
    private static void issueLetter(String assessmentId) {
        Response answer = given().baseUri(base).auth().oauth2(Tokens.committee("committee-web"))
                .post("/api/v1/assessments/" + assessmentId + "/recommendation");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
    }

    private static Optional<Map<String, Object>> dossierOf(String partner, String assessmentId) {
        List<Map<String, Object>> found = given().baseUri(base).auth().oauth2(Tokens.partner(partner))
                .queryParam("assessmentId", assessmentId).get("/api/v1/dossiers")
                .then().statusCode(200).extract().jsonPath().getList("dossiers");
        return found.stream().findFirst();
    }

    private static void setDate(String css, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(css), isoDate);
    }
}
