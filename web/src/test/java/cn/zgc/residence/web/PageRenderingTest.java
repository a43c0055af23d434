package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The new pages rendered from the services' answers (fixtures in their documented shape): which of the hall's moves
 * a dossier offers in each state, each file beside its item's verdicts, the upload form, the history timeline, the
 * criteria preview, the hall's notices and capacity and the checklist, in English and Chinese.
 */
@QuarkusTest
@QuarkusTestResource(DevKey.class)
class PageRenderingTest {

    private static Document page(String fixture, String role, String lang) {
        Response answer = given().cookie("zgc_session", Sessions.signIn(role, "P-FIX")).cookie("zgc_lang", lang)
                .when().get("/web/test-render/" + fixture);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return Jsoup.parse(answer.asString());
    }

    @Test
    void aSubmittedDossierOffersReviewReturnAndAcceptanceAndShowsEachFileBesideItsVerdict() {
        Document page = page("console-submitted", "immigration", "en");
        assertThat(page.select("#items tbody tr")).hasSize(2);
        // the photo shown on the screen, the PDF linked, a failed file check in words
        assertThat(page.select("#item-PHOTOS img.thumb").attr("src"))
                .isEqualTo("/web/console/dossiers/7b0c3f4e-1111-4a4a-9c9c-000000000001/items/PHOTOS/files/0f6b6a53-2222-4b4b-8d8d-000000000002");
        assertThat(page.select("#item-MEDICAL_CERTIFICATE .file-link").text()).contains("medical.pdf").contains("2 pages");
        assertThat(page.select("#item-MEDICAL_CERTIFICATE .files").text()).contains("✗ The scan is older");
        assertThat(page.select("#item-MEDICAL_CERTIFICATE").text()).contains("Not satisfied").contains("Issued more than six months ago");
        // each item: confirm (original seen) and its reasons in both languages, which belong to the return form
        assertThat(page.select("form.confirm-item")).hasSize(2);
        assertThat(page.select("form.confirm-item input[name=version]").attr("value")).isEqualTo("14");
        assertThat(page.select("input[name=reasonEn][form=return-form]")).hasSize(2);
        assertThat(page.select("input[name=item][form=return-form]").eachAttr("value"))
                .containsExactly("PHOTOS", "MEDICAL_CERTIFICATE");
        assertThat(page.select("button.reject-item").first().attr("formaction"))
                .endsWith("/items/PHOTOS/review");
        assertThat(page.select("#return-form")).hasSize(1);
        assertThat(page.select("#accept-form input[name=csrf]").attr("value")).isNotBlank();
        assertThat(page.select("#decision-form, #card-produced, #card-collected")).isEmpty();
        // every input has a label
        page.select("input:not([type=hidden])").forEach(input ->
                assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).isNotEmpty());
    }

    @Test
    void aDossierUnderExaminationOffersOnlyTheDecisionInChinese() {
        Document page = page("console-examination", "immigration", "zh");
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("#decision-form")).hasSize(1);
        assertThat(page.select("#decision-form").text()).contains("批准").contains("不予批准");
        assertThat(page.select("#return-form, #accept-form, form.confirm-item")).isEmpty();
        assertThat(page.select("#item-PASSPORT").text()).contains("已核验原件");
        assertThat(page.select("#history-link").attr("href")).endsWith("/web/console/dossiers/7b0c3f4e-1111-4a4a-9c9c-000000000009/history");
    }

    @Test
    void anOpenDossierLetsThePartnerUploadEachItemsFileWithProgress() {
        Document page = page("partner-open", "partner", "en");
        var form = page.select("#item-PASSPORT form.upload").first();
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/web/partner/dossiers/7b0c3f4e-1111-4a4a-9c9c-000000000005/items/PASSPORT/files");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.hasAttr("data-upload")).isTrue();
        assertThat(form.select("input[type=file]").attr("accept")).contains("application/pdf");
        assertThat(form.select("progress")).hasSize(1);
        assertThat(form.select("input[name=csrf]").attr("value")).isNotBlank();
        assertThat(page.select("#checklist-link").attr("href")).contains("track=TECHNICAL_TALENT").contains("employerKind=ENTERPRISE");
        assertThat(page.select("form.confirm-item, #return-form")).isEmpty();
    }

    @Test
    void theHistoryIsATimelineOfMovesAndReviewsWithWhoAndWhyInBothLanguages() {
        Document en = page("history", "partner", "en");
        assertThat(en.select("#timeline li")).hasSize(3);
        assertThat(en.select("#timeline li").get(0).text()).contains("Became complete").contains("The system");
        assertThat(en.select("#timeline li").get(1).text()).contains("MEDICAL_CERTIFICATE").contains("The stamp is unreadable");
        assertThat(en.select("#timeline li").get(2).text()).contains("Returned").contains("Submitted → Returned");
        Document zh = page("history", "partner", "zh");
        assertThat(zh.select("#timeline li").get(1).text()).contains("印章不清晰");
        assertThat(zh.select("#timeline li").get(2).text()).contains("已退回").contains("出入境管理部门");
    }

    @Test
    void theCriteriaPreviewShowsTheCountsAndEachChangingAssessment() {
        Document page = page("criteria-preview", "committee", "en");
        assertThat(page.select("#count-assessments").text()).isEqualTo("42");
        assertThat(page.select("#count-verdict-changes").text()).isEqualTo("3");
        assertThat(page.select("#preview-entries tbody tr").text()).contains("APP-70").contains("Reaches the threshold")
                .contains("Below the threshold");
        assertThat(page.select("#publish-button").attr("formaction")).isEqualTo("/web/committee/criteria");
        assertThat(page.select("input[name=band]").attr("value")).isEqualTo("TECHNICAL_TALENT:0:0");
        assertThat(page.select("#threshold").attr("value")).isEqualTo("75");
    }

    @Test
    void aHallsNoticesAndCapacityAreListedWithTheirForms() {
        Document page = page("hall-console", "immigration", "zh");
        assertThat(page.select("#notices tbody tr").text()).contains("特殊办公时间").contains("09:00-12:00").contains("仅上午办公");
        assertThat(page.select("#capacity tbody tr").text()).contains("PERMANENT_RESIDENCE").contains("30");
        assertThat(page.select("#notice-form").attr("action")).isEqualTo("/web/console/halls/zhongguancun-center/notices");
        assertThat(page.select("#capacity-bands input[name=starts]")).hasSize(3);
    }

    @Test
    void theChecklistSaysWhyEachDocumentApplies() {
        Document page = page("checklist", "partner", "en");
        assertThat(page.select("#checklist tbody tr")).hasSize(2);
        assertThat(page.select("#checklist tbody tr").get(0).text()).contains("The employer is a public institution");
        assertThat(page.select("#checklist tbody tr").get(1).text()).contains("Always needed");
        assertThat(page.select("#can-apply").text()).contains("Nothing blocks");
        assertThat(page.select("#employerKind option[selected]").attr("value")).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Checklist");
    }

    @Test
    void belowTheThresholdTheAssessmentSaysWhatItTakesAndWhatEachFactorCouldStillGive() {
        Document page = page("assessment-below", "partner", "en");
        assertThat(page.select("#what-it-takes li").text()).contains("Reach HSK level 4").contains("+8 points").contains("70");
        assertThat(page.select("#factors tbody tr").get(1).text()).contains("up to +6");
        assertThat(page.select("#factors tbody tr").get(0).text()).doesNotContain("up to");
    }

    @Test
    void theAssessmentFormOffersBothTracksAndKeepsTheTeamMembersFacts() {
        Document page = page("assessment-new-team", "partner", "zh");
        assertThat(page.select("input[name=track]").eachAttr("value"))
                .containsExactly("TECHNICAL_TALENT", "ENTREPRENEURIAL_TEAM_MEMBER");
        assertThat(page.select("#track-ENTREPRENEURIAL_TEAM_MEMBER").hasAttr("checked")).isTrue();
        assertThat(page.select("#industry option[selected]").attr("value")).isEqualTo("MODERN_SERVICE");
        assertThat(page.select("#employees").attr("value")).isEqualTo("12");
        assertThat(page.select("#team-facts legend").text()).isEqualTo("创业团队成员：前提条件及计分事实");
    }
}
