package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.AssessmentCompleted;
import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.idempotency.IdempotentRequest;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.api.AssessmentPage;
import cn.zgc.residence.eligibility.api.AssessmentRequest;
import cn.zgc.residence.eligibility.api.AssessmentView;
import cn.zgc.residence.eligibility.api.EvaluationRequest;
import cn.zgc.residence.eligibility.api.EvaluationView;
import cn.zgc.residence.eligibility.api.RecommendationSummary;
import cn.zgc.residence.eligibility.domain.Outcome;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AssessmentEntity;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import cn.zgc.residence.eligibility.repository.RecommendationLetterRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores assessments (with their input and result), answers what-ifs, and shows a partner its own. */
@ApplicationScoped
public class AssessmentService {

    /** What an assessment is called in problem details. */
    public static final Text ASSESSMENT = new Text("Assessment", "积分评估");

    private final AssessmentRepository assessments;
    private final RecommendationLetterRepository letters;
    private final Assessor assessor;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Caller caller;
    private final PartnerScope scope;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, RecommendationLetterRepository letters,
            Assessor assessor, Outbox outbox, ObjectMapper json, Caller caller, PartnerScope scope,
            Clock clock) {
        this.clock = clock;
        this.assessments = assessments;
        this.letters = letters;
        this.assessor = assessor;
        this.outbox = outbox;
        this.json = json;
        this.caller = caller;
        this.scope = scope;
    }

    /** A stored assessment and whether it was stored by this call (false: an idempotent replay). */
    public record Created(AssessmentView view, boolean replayed) {
    }

    /**
     * Scores and stores the applicant's assessment and records AssessmentCompleted. With an Idempotency-Key, a retry
     * with the same body returns the first assessment and another body is refused.
     */
    public Created create(AssessmentRequest request, String idempotencyKey, Language lang) {
        String partnerId = caller.partnerId();
        String input = write(request);
        String hash = IdempotentRequest.fingerprint(List.of(input));
        if (idempotencyKey != null) {
            Optional<Created> replay = replay(IdempotentRequest.of(partnerId, idempotencyKey, List.of(input)), lang);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        LocalDate asOf = request.asOf() == null ? assessor.today() : request.asOf();
        if (asOf.isAfter(assessor.today())) {
            throw ApiException.invalid("asOf", new Text("must not be in the future; use /assessments/evaluate to try a future date",
                    "不得晚于今天；要试算将来的日期，请使用 /assessments/evaluate"));
        }
        Assessor.Assessed assessed = assessor.assess(request.track(), asOf, request.facts());
        try {
            return new Created(QuarkusTransaction.requiringNew().call(
                    () -> store(partnerId, request, input, idempotencyKey, hash, assessed.outcome(), lang)), false);
        } catch (PersistenceException e) {
            // the same key was stored by a concurrent retry: answer as a replay
            if (idempotencyKey != null) {
                Optional<Created> replay = replay(IdempotentRequest.of(partnerId, idempotencyKey, List.of(input)),
                        lang);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw e;
        }
    }

    public EvaluationView evaluate(EvaluationRequest request, Language lang) {
        return evaluation(assessor.assess(request.track(), asOf(request), request.facts()), lang);
    }

    /** The evaluation from criteria held in memory; empty when they must be read from the database first. */
    public Optional<EvaluationView> evaluateFromMemory(EvaluationRequest request, Language lang) {
        return assessor.criteriaInMemory().map(criteria ->
                evaluation(assessor.assess(criteria, request.track(), asOf(request), request.facts()), lang));
    }

    private LocalDate asOf(EvaluationRequest request) {
        return request.asOf() == null ? assessor.today() : request.asOf();
    }

    private EvaluationView evaluation(Assessor.Assessed assessed, Language lang) {
        return AssessmentViews.evaluation(assessed.outcome(), assessor.whatItTakes(assessed), lang);
    }

    @Transactional
    public AssessmentView get(UUID id, Language lang) {
        return view(visible(id), lang);
    }

    @Transactional
    public AssessmentPage list(String applicantRef, int page, int size, Language lang) {
        String partner = scope.ownPartner().orElse(null);
        PanacheQuery<AssessmentEntity> query = assessments.search(partner, applicantRef).page(page, size);
        return new AssessmentPage(query.list().stream().map(e -> view(e, lang)).toList(), page, size, query.count());
    }

    /** The stored assessment's result scored again with its own version and date, for audits and tests. */
    @Transactional
    public Outcome recompute(UUID id) {
        AssessmentEntity e = visible(id);
        AssessmentRequest input = read(e.input, AssessmentRequest.class);
        return assessor.recompute(assessor.version(e.criteriaVersion), Track.valueOf(e.track), e.asOf, input.facts());
    }

    /** The stored result of an assessment, as computed when it was made. */
    @Transactional
    public Outcome storedOutcome(UUID id) {
        return read(visible(id).result, Outcome.class);
    }

    AssessmentEntity visible(UUID id) {
        AssessmentEntity e = assessments.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(ASSESSMENT, id));
        return scope.visible(e, e.partnerId, ASSESSMENT, id);
    }

    private Optional<Created> replay(IdempotentRequest request, Language lang) {
        return QuarkusTransaction.requiringNew().call(() -> request
                .replay(assessments.findByIdempotencyKey(request.scope(), request.key()), e -> e.requestHash)
                .map(existing -> new Created(view(existing, lang), true)));
    }

    private AssessmentView store(String partnerId, AssessmentRequest request, String input, String key, String hash,
            Outcome outcome, Language lang) {
        AssessmentEntity e = new AssessmentEntity();
        e.id = UUID.randomUUID();
        e.partnerId = partnerId;
        e.applicantRef = request.applicantRef();
        e.track = request.track().name();
        e.asOf = outcome.asOf();
        e.criteriaVersion = outcome.criteriaVersion();
        e.total = outcome.total();
        e.threshold = outcome.threshold();
        e.eligible = outcome.eligible();
        e.input = input;
        e.result = write(outcome);
        e.idempotencyKey = key;
        e.requestHash = hash;
        e.createdAt = OffsetDateTime.now(clock);
        e.createdBy = caller.actor();
        assessments.persistAndFlush(e);
        outbox.record(new AssessmentCompleted(e.id, partnerId, e.applicantRef, e.track, e.total, e.threshold,
                e.eligible, e.criteriaVersion, e.asOf, e.createdAt));
        return AssessmentViews.assessment(e.id, e.partnerId, e.applicantRef, outcome, request.facts(), e.createdAt,
                null, lang);
    }

    private AssessmentView view(AssessmentEntity e, Language lang) {
        RecommendationSummary letter = letters.findByIdOptional(e.id)
                .map(l -> new RecommendationSummary(l.letterNumber, l.issuedAt.atZoneSameInstant(BusinessClock.ZONE)
                        .toOffsetDateTime(), l.revoked() ? l.revokedAt.atZoneSameInstant(BusinessClock.ZONE)
                        .toOffsetDateTime() : null))
                .orElse(null);
        return AssessmentViews.assessment(e.id, e.partnerId, e.applicantRef, read(e.result, Outcome.class),
                read(e.input, AssessmentRequest.class).facts(), e.createdAt.atZoneSameInstant(BusinessClock.ZONE)
                        .toOffsetDateTime(), letter, lang);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
