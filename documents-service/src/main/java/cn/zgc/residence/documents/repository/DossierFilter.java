package cn.zgc.residence.documents.repository;

import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** What a dossier search matches; an empty filter matches everything. {@code partnerId} restricts a partner to its own. */
public record DossierFilter(Optional<String> partnerId, Optional<UUID> assessmentId, Optional<String> applicantRef,
        Optional<DossierState> state, Optional<String> hallId, Optional<OffsetDateTime> submittedFrom,
        Optional<OffsetDateTime> submittedBefore) {
}
