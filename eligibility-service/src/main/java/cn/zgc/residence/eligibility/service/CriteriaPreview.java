package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.eligibility.api.AssessmentRequest;
import cn.zgc.residence.eligibility.api.CriteriaPreviewView;
import cn.zgc.residence.eligibility.api.CriteriaPublication;
import cn.zgc.residence.eligibility.domain.CriteriaRules;
import cn.zgc.residence.eligibility.domain.CriteriaVersion;
import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Facts;
import cn.zgc.residence.eligibility.domain.Outcome;
import cn.zgc.residence.eligibility.domain.ScoringEngine;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AssessmentEntity;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft criteria version tried on every stored assessment, nothing stored: the stored total and verdict beside
 * those the draft would give the same facts as of the same date. The draft is checked as a publication is (400
 * naming each field); whether its dates overlap a published version is left to the publication.
 */
@ApplicationScoped
public class CriteriaPreview {

    static final int BATCH = 500;

    private final AssessmentRepository assessments;
    private final ObjectMapper json;
    private final EntityManager entities;
    private final Clock clock;

    public CriteriaPreview(AssessmentRepository assessments, ObjectMapper json, EntityManager entities, Clock clock) {
        this.assessments = assessments;
        this.json = json;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public CriteriaPreviewView preview(CriteriaPublication request, int page, int size, boolean changedOnly) {
        CriteriaVersion draft = new CriteriaVersion(request.id(), request.title(), request.effectiveFrom(),
                request.effectiveTo(), request.threshold(), request.tracks());
        List<FieldError> errors = CriteriaRules.check(draft, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        long compared = 0;
        long totalChanges = 0;
        long verdictChanges = 0;
        long becomeEligible = 0;
        long becomeIneligible = 0;
        long notScorable = 0;
        long matching = 0;
        long first = (long) page * size;
        List<CriteriaPreviewView.Entry> entries = new ArrayList<>();
        PanacheQuery<AssessmentEntity> all = assessments.search(null, null);
        for (int batch = 0; ; batch++) {
            List<AssessmentEntity> rows = all.page(batch, BATCH).list();
            for (AssessmentEntity row : rows) {
                CriteriaPreviewView.Entry entry = compare(draft, row);
                compared++;
                if (entry.totalChanges()) {
                    totalChanges++;
                }
                if (entry.verdictChanges()) {
                    verdictChanges++;
                    if (Boolean.TRUE.equals(entry.newEligible())) {
                        becomeEligible++;
                    } else {
                        becomeIneligible++;
                    }
                }
                if (entry.newTotal() == null) {
                    notScorable++;
                }
                if (!changedOnly || entry.totalChanges() || entry.verdictChanges()) {
                    if (matching >= first && entries.size() < size) {
                        entries.add(entry);
                    }
                    matching++;
                }
            }
            // read-only: what was read of this batch need not stay in memory
            entities.clear();
            if (rows.size() < BATCH) {
                break;
            }
        }
        return new CriteriaPreviewView(draft.id(), draft.threshold(), compared, totalChanges, verdictChanges,
                becomeEligible, becomeIneligible, notScorable, entries, page, size, matching);
    }

    private CriteriaPreviewView.Entry compare(CriteriaVersion draft, AssessmentEntity row) {
        Track track = Track.valueOf(row.track);
        Facts facts = Assessor.toFacts(facts(row), row.asOf);
        List<String> missing = draft.track(track).requiredFacts().stream().filter(key -> !facts.has(key))
                .map(FactKey::field).sorted().toList();
        if (!missing.isEmpty()) {
            // the draft asks for a fact this applicant was not asked for: no new total, the verdict would change
            // only by a new assessment
            return new CriteriaPreviewView.Entry(row.id, row.partnerId, row.applicantRef, row.track, row.asOf,
                    row.criteriaVersion, row.total, row.threshold, row.eligible, null, null, false, false, missing);
        }
        Outcome outcome = ScoringEngine.assess(draft, track, facts, row.asOf);
        return new CriteriaPreviewView.Entry(row.id, row.partnerId, row.applicantRef, row.track, row.asOf,
                row.criteriaVersion, row.total, row.threshold, row.eligible, outcome.total(), outcome.eligible(),
                outcome.total() != row.total, outcome.eligible() != row.eligible, List.of());
    }

    private cn.zgc.residence.eligibility.api.ApplicantFacts facts(AssessmentEntity row) {
        try {
            return json.readValue(row.input, AssessmentRequest.class).facts();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment " + row.id + " cannot be read", e);
        }
    }
}
