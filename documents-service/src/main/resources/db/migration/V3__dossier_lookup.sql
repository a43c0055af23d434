-- Partners look their dossiers up by applicantRef (GET /api/v1/dossiers?applicantRef=); assessment_id is unique
-- already. The pair index also serves every lookup by partner alone, so it replaces dossier_partner.
CREATE INDEX dossier_partner_applicant ON dossier (partner_id, applicant_ref);
CREATE INDEX dossier_applicant ON dossier (applicant_ref);
DROP INDEX dossier_partner;
