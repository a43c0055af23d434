package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.sdk.ApiClient;
import cn.zgc.residence.sdk.ApiException;
import cn.zgc.residence.sdk.api.AssessmentsApi;
import cn.zgc.residence.sdk.api.DossiersApi;
import cn.zgc.residence.sdk.api.RecommendationLettersApi;
import cn.zgc.residence.sdk.model.AssessmentRequest;
import cn.zgc.residence.sdk.model.AssessmentView;
import cn.zgc.residence.sdk.model.DossierSummary;
import cn.zgc.residence.sdk.model.DossierView;
import cn.zgc.residence.sdk.model.RecommendationView;
import cn.zgc.residence.testsupport.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generated Java client (module sdk) against the running set, through the gateway: the first steps of the
 * journey (assessment, letter, the dossier the letter opens) with the SDK's own types, and another partner's 404 as
 * the SDK reports it.
 */
class SdkIT {

    @Test
    void aPartnerAndTheCommitteeTakeAnApplicantToAnOpenDossierThroughTheJavaSdk() {
        String gateway = RunningSet.get().gatewayUrl();
        String partner = "P-SDK-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient asPartner = client(gateway, Tokens.partner(partner));
        ApiClient asCommittee = client(gateway, Tokens.committee("committee-sdk"));

        AssessmentRequest request = asPartner.getObjectMapper().convertValue(
                Journey.eligibleAssessment("APP-SDK-" + UUID.randomUUID().toString().substring(0, 8)),
                AssessmentRequest.class);
        AssessmentView assessment = new AssessmentsApi(asPartner).createAssessment(request, UUID.randomUUID().toString());
        assertThat(assessment.getEligible()).isTrue();
        assertThat(assessment.getTotal()).isEqualTo(70);

        RecommendationView letter = new RecommendationLettersApi(asCommittee)
                .issueRecommendationLetter(assessment.getId().toString());
        assertThat(letter.getLetterNumber()).matches("ZGC-\\d{4}-\\d{6}");

        DossiersApi dossiers = new DossiersApi(asPartner);
        List<DossierSummary> opened = await("the dossier the letter opens").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> dossiers.listDossiers(null, assessment.getId(), null, null, null, null, null, null, null)
                        .getDossiers(), list -> !list.isEmpty());
        DossierView dossier = dossiers.getDossier(opened.get(0).getId(), "en");
        assertThat(dossier.getState()).isEqualTo("OPEN");
        assertThat(dossier.getLetter().getNumber()).isEqualTo(letter.getLetterNumber());

        DossiersApi stranger = new DossiersApi(client(gateway, Tokens.partner("P-SDK-OTHER")));
        ApiException hidden = catchThrowableOfType(ApiException.class, () -> stranger.getDossier(dossier.getId(), null));
        assertThat(hidden.getCode()).isEqualTo(404);
        assertThat(hidden.getResponseBody()).contains("urn:zgc:problem:");
    }

    private static ApiClient client(String gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
