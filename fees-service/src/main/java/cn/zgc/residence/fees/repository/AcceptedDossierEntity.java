package cn.zgc.residence.fees.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dossier the hall accepted, as DossierAccepted told it: the later steps' events do not carry the application
 * kind, which the charge rules need.
 */
@Entity
@Table(name = "accepted_dossier")
public class AcceptedDossierEntity {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "applicant_ref")
    public String applicantRef;

    @Column(name = "application_kind", nullable = false)
    public String applicationKind;

    @Column(name = "acceptance_date", nullable = false)
    public LocalDate acceptanceDate;

    @Column(name = "accepted_at", nullable = false)
    public OffsetDateTime acceptedAt;
}
