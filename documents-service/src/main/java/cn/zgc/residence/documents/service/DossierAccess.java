package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;

/**
 * Who may see a dossier, and the optimistic concurrency of changing one: the version is the ETag, a write may name
 * the version it read (If-Match, else 412), and of two writes racing from one version exactly one commits (409).
 */
@ApplicationScoped
public class DossierAccess {

    /** What a dossier is called in problem details. */
    public static final Text DOSSIER = new Text("Dossier", "档案");

    private final DossierRepository dossiers;
    private final Clock clock;

    public DossierAccess(DossierRepository dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * The dossier if the caller may see it: immigration sees every dossier, a partner only its own (404 otherwise,
     * as if it did not exist). The committee has no access to dossiers (refused before this by the resource).
     */
    public DossierEntity visible(UUID id, Caller caller) {
        DossierEntity d = dossiers.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(DOSSIER, id));
        if (caller.isImmigration() || caller.isPartner() && caller.partnerId().equals(d.partnerId)) {
            return d;
        }
        throw ApiException.notFound(DOSSIER, id);
    }

    /** As {@link #visible}, and refused with 412 when If-Match names another version than the stored one. */
    public DossierEntity forWrite(UUID id, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = visible(id, caller);
        if (ifMatch.isPresent() && ifMatch.get() != d.version) {
            throw ApiException.of(ProblemKind.PRECONDITION_FAILED, new Text("Dossier " + id + " is at version "
                    + d.version + ", not " + ifMatch.get() + ": read it again",
                    "档案 " + id + " 的当前版本是 " + d.version + "，不是 " + ifMatch.get() + "：请重新读取"));
        }
        return d;
    }

    /**
     * Writes the change now, with the version check: a write that raced another from the same version is refused
     * with 409 and, being rolled back, changes nothing. Afterwards {@code d.version} is the new ETag.
     */
    public void write(DossierEntity d) {
        d.updatedAt = OffsetDateTime.now(clock);
        try {
            dossiers.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ApiException.conflict(new Text("Dossier " + d.id + " was changed by someone else meanwhile: read it again",
                    "档案 " + d.id + " 在此期间已被他人修改：请重新读取"));
        }
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Reads an If-Match header: a quoted version ("3", W/"3" is taken too); * or absent means any version. */
    public static Optional<Long> ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw ApiException.of(ProblemKind.PRECONDITION_FAILED, new Text("If-Match " + header
                    + " is no version of this dossier", "If-Match " + header + " 不是此档案的任何版本"));
        }
    }
}
