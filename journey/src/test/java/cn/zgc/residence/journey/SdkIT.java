package cn.zgc.residence.journey;

import cn.zgc.residence.testsupport.documents.DocumentFiles;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.sdk.ApiClient;
import cn.zgc.residence.sdk.ApiException;
import cn.zgc.residence.sdk.api.AppointmentsApi;
import cn.zgc.residence.sdk.api.AssessmentsApi;
import cn.zgc.residence.sdk.api.DossierFilesApi;
import cn.zgc.residence.sdk.api.DossiersApi;
import cn.zgc.residence.sdk.api.HallsApi;
import cn.zgc.residence.sdk.api.InvoicesApi;
import cn.zgc.residence.sdk.api.RecommendationLettersApi;
import cn.zgc.residence.sdk.api.SlotsApi;
import cn.zgc.residence.sdk.model.ApplicantFactsInput;
import cn.zgc.residence.sdk.model.AppointmentView;
import cn.zgc.residence.sdk.model.AssessmentRequest;
import cn.zgc.residence.sdk.model.AssessmentView;
import cn.zgc.residence.sdk.model.BookingRequest;
import cn.zgc.residence.sdk.model.DecisionRequest;
import cn.zgc.residence.sdk.model.DocumentReviewView;
import cn.zgc.residence.sdk.model.DocumentsEntry;
import cn.zgc.residence.sdk.model.DossierSummary;
import cn.zgc.residence.sdk.model.DossierView;
import cn.zgc.residence.sdk.model.FileView;
import cn.zgc.residence.sdk.model.InvoiceView;
import cn.zgc.residence.sdk.model.ItemReviewRequest;
import cn.zgc.residence.sdk.model.NextOpeningView;
import cn.zgc.residence.sdk.model.Outcome;
import cn.zgc.residence.sdk.model.PaymentRequest;
import cn.zgc.residence.sdk.model.PaymentView;
import cn.zgc.residence.sdk.model.RecommendationView;
import cn.zgc.residence.sdk.model.SlotView;
import cn.zgc.residence.sdk.model.SubmissionRequest;
import cn.zgc.residence.sdk.model.Verdict;
import cn.zgc.residence.testsupport.Tokens;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Java client (module sdk) against the running set, through the gateway: the whole happy path of
 * {@link JourneyIT} (assessment, letter, the dossier the letter opens, facts, scans and documents, an appointment and
 * the submission for it, the hall's review and acceptance, the invoice paid and confirmed, the decision, the card
 * produced and collected), every call through the SDK with the caller's own token and the journey's fixtures; and
 * another partner's 404 as the SDK reports it.
 */
class SdkIT {

    /** The hall the application is made at: it takes permanent-residence applications. */
    private static final String HALL = "zhongguancun-center";

    @TempDir
    Path scans;

    @Test
    void aPartnerTheCommitteeAndTheHallTakeAnApplicantToTheCollectedCardThroughTheJavaSdk() {
        String gateway = RunningSet.get().gatewayUrl();
        String partner = "P-SDK-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient asPartner = client(gateway, Tokens.partner(partner));
        ApiClient asCommittee = client(gateway, Tokens.committee("committee-sdk"));
        ApiClient asHall = client(gateway, Tokens.immigration("immigration-sdk"));
        DossiersApi dossiers = new DossiersApi(asPartner);
        DossiersApi hallDossiers = new DossiersApi(asHall);

        // 1. the partner assesses an eligible applicant; 2. the committee issues the letter
        AssessmentRequest request = convert(asPartner,
                Journey.eligibleAssessment("APP-SDK-" + UUID.randomUUID().toString().substring(0, 8)),
                AssessmentRequest.class);
        AssessmentView assessment = new AssessmentsApi(asPartner).createAssessment(request, UUID.randomUUID().toString());
        assertThat(assessment.getEligible()).isTrue();
        assertThat(assessment.getTotal()).isEqualTo(70);
        RecommendationView letter = new RecommendationLettersApi(asCommittee)
                .issueRecommendationLetter(assessment.getId().toString());
        assertThat(letter.getLetterNumber()).matches("ZGC-\\d{4}-\\d{6}");

        // 3. the letter opens the dossier by itself
        List<DossierSummary> opened = await("the dossier the letter opens").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> dossiers.listDossiers(null, assessment.getId(), null, null, null, null, null, null, null)
                        .getDossiers(), list -> !list.isEmpty());
        UUID dossierId = opened.get(0).getId();
        DossierView dossier = dossiers.getDossier(dossierId, "en");
        assertThat(dossier.getState()).isEqualTo("OPEN");
        assertThat(dossier.getLetter().getNumber()).isEqualTo(letter.getLetterNumber());

        // 4. the applicant's facts, the scans (an A4 PDF per photocopy, the photo as a JPEG), then every document
        assertThat(dossiers.updateApplicantFacts(dossierId,
                convert(asPartner, Journey.DOCUMENTS.facts("TECHNICAL_TALENT"), ApplicantFactsInput.class), null, null).getFactsConfirmed()).isTrue();
        DossierFilesApi files = new DossierFilesApi(asPartner);
        for (String code : DocumentFiles.WITH_FILES) {
            FileView file = files.uploadFile(code, dossierId, scan(code), code.toLowerCase() + "-scan", null);
            assertThat(file.getMediaType()).as(code)
                    .isEqualTo(code.equals("PHOTOS") ? "image/jpeg" : "application/pdf");
        }
        assertThat(files.listFiles("PASSPORT", dossierId, null)).hasSize(1);
        DocumentReviewView review = null;
        for (String code : DocumentRequests.BASE_LIST) {
            review = dossiers.submitDocument(code, dossierId, Journey.DOCUMENTS.acceptable(code), null, null);
            assertThat(review.getRulesVerdict()).as(code).isEqualTo("SATISFIED");
        }
        assertThat(review.getDossierState()).isEqualTo("READY");

        // 5. which halls take the application; 6. an appointment at one, and the submission for it
        List<NextOpeningView> halls = new HallsApi(asPartner)
                .listNextOpenings("PERMANENT_RESIDENCE", null, null, null, null);
        assertThat(halls).extracting(NextOpeningView::getHallId).contains(HALL);
        List<SlotView> slots = new SlotsApi(asPartner).listHallSlots(HALL, "PERMANENT_RESIDENCE", "true",
                Journey.TODAY.plusDays(1).toString(), Journey.TODAY.plusDays(28).toString()).getSlots();
        assertThat(slots).as("free slots at " + HALL).isNotEmpty();
        AppointmentView appointment = new AppointmentsApi(asPartner).bookAppointment(new BookingRequest()
                .dossierId(dossierId).hallId(HALL).startsAt(slots.get(0).getStartsAt()),
                UUID.randomUUID().toString());
        assertThat(dossiers.submitDossier(dossierId, new SubmissionRequest().hallId(HALL)
                .appointmentId(appointment.getId()), null, null).getState()).isEqualTo("SUBMITTED");

        // 7. the hall confirms every item, having seen each original, and accepts the application
        for (String code : DocumentRequests.BASE_LIST) {
            hallDossiers.reviewItem(code, dossierId, new ItemReviewRequest()
                    .verdict(Verdict.CONFIRMED).originalSeen(true), null, null);
        }
        DossierView accepted = hallDossiers.acceptDossier(dossierId, null, null);
        assertThat(accepted.getState()).isEqualTo("ACCEPTED");
        assertThat(accepted.getAcceptanceDate()).isEqualTo(Journey.TODAY);

        // 8. the invoice the acceptance raises: the partner declares the payment, the hall confirms it
        InvoicesApi invoices = new InvoicesApi(asPartner);
        InvoiceView invoice = await("invoice issued").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> invoices.listInvoices(dossierId), list -> !list.isEmpty()).get(0);
        assertThat(invoice.getTotal()).isEqualByComparingTo("1500");
        PaymentView payment = invoices.declarePayment(invoice.getId(), UUID.randomUUID().toString(),
                convert(asPartner, Journey.payment("1500.00"), PaymentRequest.class));
        new InvoicesApi(asHall).confirmPayment(invoice.getId(), payment.getId());
        assertThat(invoices.getInvoice(invoice.getId()).getStatus()).isEqualTo("PAID");
        await("examination started").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> dossiers.getDossier(dossierId, null).getState(), "UNDER_EXAMINATION"::equals);

        // 9. the decision, the card produced and collected
        assertThat(hallDossiers.decideDossier(dossierId, new DecisionRequest().outcome(Outcome.APPROVED)
                .reasonEn("Every condition of the procedure is met").reasonZh("符合全部申请条件"), null, null).getState())
                .isEqualTo("APPROVED");
        assertThat(hallDossiers.recordCardProduced(dossierId, null, null).getState()).isEqualTo("CARD_PRODUCED");
        assertThat(hallDossiers.recordCardCollected(dossierId, null, null).getState()).isEqualTo("COLLECTED");
        assertThat(dossiers.getDossierHistory(dossierId, null, 100).getEntries())
                .filteredOn(entry -> "TRANSITION".equals(entry.getKind())).extracting(DocumentsEntry::getAction)
                .containsExactly("BECOME_READY", "SUBMIT", "ACCEPT", "START_EXAMINATION", "APPROVE", "PRODUCE_CARD",
                        "COLLECT_CARD");

        // another partner sees none of it
        DossiersApi stranger = new DossiersApi(client(gateway, Tokens.partner("P-SDK-OTHER")));
        ApiException hidden = catchThrowableOfType(ApiException.class, () -> stranger.getDossier(dossierId, null));
        assertThat(hidden.getCode()).isEqualTo(404);
        assertThat(hidden.getResponseBody()).contains("urn:zgc:problem:");
    }

    /** The journey's scan of an item, as a file: the client uploads files. */
    private File scan(String code) {
        try {
            Path file = scans.resolve(code + (code.equals("PHOTOS") ? ".jpg" : ".pdf"));
            Files.write(file, Journey.FILES.acceptable(code));
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journey's fixture (a map, as JSON) as the SDK's request type. */
    private static <T> T convert(ApiClient client, Map<String, Object> fixture, Class<T> type) {
        return client.getObjectMapper().convertValue(fixture, type);
    }

    private static ApiClient client(String gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
