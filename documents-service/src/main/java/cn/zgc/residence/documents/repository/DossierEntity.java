package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier as stored; {@code facts} is the checklist facts as JSON. */
@Entity
@Table(name = "dossier")
public class DossierEntity {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "applicant_ref")
    public String applicantRef;

    public String track;

    public String origin;

    @Column(name = "letter_number")
    public String letterNumber;

    public String facts;

    @Column(name = "facts_confirmed")
    public boolean factsConfirmed;

    public String status;

    @Column(name = "application_kind")
    public String applicationKind;

    @Column(name = "acceptance_date")
    public LocalDate acceptanceDate;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Version
    public long version;
}
