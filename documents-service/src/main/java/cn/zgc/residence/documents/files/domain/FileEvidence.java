package cn.zgc.residence.documents.files.domain;

import cn.zgc.residence.documents.domain.Reason;
import java.util.List;
import java.util.UUID;

/**
 * What an item's files prove, for the item's rule verdict: how many files and pages there are, the reasons they
 * fall short (empty when they hold), and whether the A4 form of a photocopy or the digital photo is proven by a
 * file rather than declared. {@code asOf} is the date whose rule parameters were applied.
 */
public record FileEvidence(UUID dossierId, String code, java.time.LocalDate asOf, int files, int pages,
        List<Reason> reasons, boolean a4Proven, boolean photoProven) {

    public FileEvidence {
        reasons = List.copyOf(reasons);
    }

    /** At least one file and nothing against the files. */
    public boolean holds() {
        return files > 0 && reasons.isEmpty();
    }
}
