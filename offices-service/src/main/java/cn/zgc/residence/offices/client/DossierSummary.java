package cn.zgc.residence.offices.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * What offices-service reads of a dossier: its owner and lifecycle state. documents-service names the state
 * {@code state} (formerly {@code status}); either is read. {@code category} is optional: a dossier of this system is a
 * permanent-residence application unless it says otherwise.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierSummary(UUID id, String partnerId, String state, String status, String category) {

    public String lifecycleState() {
        return state != null ? state : status;
    }
}
