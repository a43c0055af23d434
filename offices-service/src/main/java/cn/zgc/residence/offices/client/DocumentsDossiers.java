package cn.zgc.residence.offices.client;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Asks documents-service for a dossier with the caller's own token, so documents decides what the caller may see:
 * a timeout per call, one retry, and a circuit breaker so that an outage fails fast. A dossier the caller may not see
 * (any 4xx) is absent; documents-service failing or not answering is a 503 for the caller.
 */
@ApplicationScoped
public class DocumentsDossiers {

    private static final Logger LOG = Logger.getLogger(DocumentsDossiers.class);

    private final DocumentsLookup guarded;
    private final JsonWebToken token;

    public DocumentsDossiers(DocumentsLookup guarded, JsonWebToken token) {
        this.guarded = guarded;
        this.token = token;
    }

    /**
     * The dossier as the caller of this request sees it (its own bearer token is passed on); empty when
     * documents-service says it does not exist for this caller.
     */
    public Optional<DossierSummary> findForCaller(UUID id) {
        try {
            return guarded.find(id, "Bearer " + token.getRawToken());
        } catch (RuntimeException e) {
            LOG.warnf("documents-service could not tell dossier %s: %s", id, e.getClass().getSimpleName());
            throw ApiException.of(ProblemKind.SERVICE_UNAVAILABLE, new Text(
                    "documents-service cannot tell this dossier's owner and state now; try again shortly",
                    "documents-service 现在无法告知此档案的所属单位和状态，请稍后再试"));
        }
    }
}
