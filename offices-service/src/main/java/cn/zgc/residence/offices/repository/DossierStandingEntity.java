package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier's owner and lifecycle state as documents.dossiers last announced them. */
@Entity
@Table(name = "dossier_standing")
public class DossierStandingEntity {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(nullable = false)
    public String state;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
