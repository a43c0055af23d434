package cn.zgc.residence.documents.files.service;

import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.files.domain.FileCheck;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.FileRules;
import cn.zgc.residence.documents.files.domain.ItemFileRules;
import cn.zgc.residence.documents.files.repository.DossierFileEntity;
import cn.zgc.residence.documents.files.repository.DossierFileRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a dossier's files prove, item by item, as of a date: read from the measurements stored at upload (never the
 * bytes), checked against the rule parameters of that date. One query per dossier, in the caller's transaction.
 */
@ApplicationScoped
public class ItemEvidence {

    private final DossierFileRepository files;
    private final ObjectMapper json;

    public ItemEvidence(DossierFileRepository files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    /** The evidence of each of {@code codes}; {@code photocopy} tells which of them are photocopies. */
    public Map<String, FileEvidence> of(UUID dossierId, Collection<String> codes, Predicate<String> photocopy,
            LocalDate asOf, RuleParameters parameters) {
        Map<String, List<DossierFileEntity>> byItem = files.ofDossier(dossierId).stream()
                .collect(Collectors.groupingBy(f -> f.itemCode));
        Map<String, FileEvidence> evidence = new HashMap<>();
        for (String code : codes) {
            evidence.put(code, evidence(dossierId, code, photocopy.test(code), byItem.getOrDefault(code, List.of()),
                    asOf, parameters));
        }
        return evidence;
    }

    FileEvidence evidence(UUID dossierId, String code, boolean photocopy, List<DossierFileEntity> itemFiles,
            LocalDate asOf, RuleParameters parameters) {
        return from(dossierId, code, photocopy, itemFiles.stream()
                .map(f -> new Measured(f.id, measurements(f), f.damagedAt != null)).toList(), asOf, parameters);
    }

    /** One stored file as the evidence reads it: its id, what was measured at upload, and whether it is damaged. */
    public record Measured(UUID id, FileMeasurements measurements, boolean damaged) {
    }

    /** What these files of item {@code code} prove as of {@code asOf}: the same for stored files and for tests. */
    public static FileEvidence from(UUID dossierId, String code, boolean photocopy, List<Measured> itemFiles,
            LocalDate asOf, RuleParameters parameters) {
        List<ItemFileRules.CheckedFile> checked = new ArrayList<>();
        int index = 0;
        for (Measured f : itemFiles) {
            index++;
            checked.add(new ItemFileRules.CheckedFile("file " + index + " (" + f.id() + ")", f.measurements(),
                    FileRules.checks(code, photocopy, f.measurements(), parameters), f.damaged()));
        }
        List<Reason> reasons = ItemFileRules.reasons(code, checked, parameters);
        int pages = checked.stream().mapToInt(c -> c.measurements().pageCount()).sum();
        boolean allHeld = !checked.isEmpty() && checked.stream().allMatch(c -> !c.damaged()
                && c.checks().stream().allMatch(FileCheck::passed));
        return new FileEvidence(dossierId, code, asOf, checked.size(), pages, reasons, photocopy && allHeld,
                FileRules.PHOTOS.equals(code) && reasons.isEmpty());
    }

    FileMeasurements measurements(DossierFileEntity f) {
        try {
            return json.readValue(f.measurements, FileMeasurements.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored measurements of file " + f.id + " cannot be read", e);
        }
    }
}
