package cn.zgc.residence.offices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.events.EventType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DossierStatesTest {

    @Test
    void theDossierEventsTogetherAnnounceEveryStateOfDocumentsLifecycleAndNoOther() {
        Set<String> announced = Arrays.stream(EventType.values())
                .flatMap(t -> Stream.of(DossierStates.announcedBy(t, "APPROVED"), DossierStates.announcedBy(t, "REFUSED")))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());

        assertThat(announced).containsExactlyInAnyOrder("OPEN", "READY", "SUBMITTED", "RETURNED", "ACCEPTED",
                "UNDER_EXAMINATION", "APPROVED", "REFUSED", "CARD_PRODUCED", "COLLECTED", "WITHDRAWN");
    }

    @Test
    void aDecisionWithoutAKnownOutcomeAndEventsThatLeaveTheStateAnnounceNothing() {
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_DECIDED, null)).isEmpty();
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_DECIDED, "MAYBE")).isEmpty();
        assertThat(DossierStates.announcedBy(EventType.DOCUMENT_REVIEWED, null)).isEmpty();
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_COMPLETED, null)).isEmpty();
        assertThat(DossierStates.announcedBy(EventType.RECOMMENDATION_ISSUED, null)).isEmpty();
    }

    @Test
    void theStatesFollowTheEventsOfOneDossierFromLetterToCard() {
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_OPENED, null)).contains("OPEN");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_READY, null)).contains("READY");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_SUBMITTED, null)).contains("SUBMITTED");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_RETURNED, null)).contains("RETURNED");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_REOPENED, null)).contains("OPEN");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_ACCEPTED, null)).contains("ACCEPTED");
        assertThat(DossierStates.announcedBy(EventType.EXAMINATION_STARTED, null)).contains("UNDER_EXAMINATION");
        assertThat(DossierStates.announcedBy(EventType.CARD_PRODUCED, null)).contains("CARD_PRODUCED");
        assertThat(DossierStates.announcedBy(EventType.CARD_COLLECTED, null)).contains("COLLECTED");
        assertThat(DossierStates.announcedBy(EventType.DOSSIER_WITHDRAWN, null)).contains("WITHDRAWN");
    }
}
