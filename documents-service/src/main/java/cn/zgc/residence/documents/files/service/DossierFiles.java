package cn.zgc.residence.documents.files.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.files.FilesConfig;
import cn.zgc.residence.documents.files.api.FileView;
import cn.zgc.residence.documents.files.crypto.FileCipher;
import cn.zgc.residence.documents.files.domain.FileCheck;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.FileNames;
import cn.zgc.residence.documents.files.domain.FileRules;
import cn.zgc.residence.documents.files.domain.FileTypePolicy;
import cn.zgc.residence.documents.files.domain.ItemFileRules;
import cn.zgc.residence.documents.files.domain.MediaKind;
import cn.zgc.residence.documents.files.inspect.FileInspector;
import cn.zgc.residence.documents.files.inspect.Refusal;
import cn.zgc.residence.documents.files.repository.DossierFileEntity;
import cn.zgc.residence.documents.files.repository.DossierFileRepository;
import cn.zgc.residence.documents.files.repository.DossierFileRepository.DossierFacts;
import cn.zgc.residence.documents.files.storage.ObjectStore;
import cn.zgc.residence.documents.repository.CatalogueRepository;
import cn.zgc.residence.documents.service.DossierAccess;
import cn.zgc.residence.documents.service.FileChanges;
import cn.zgc.residence.documents.service.ItemRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The files of dossier items. A received body goes to a private temporary file (counted, digested), its type is
 * detected from the content and the file inspected; only an acceptable file is encrypted, stored and recorded. The
 * bytes are never held whole in memory, and they are stored before, outside, the short transaction that records
 * them (an object whose record fails is deleted again). Partners reach only their own dossiers (404 otherwise);
 * immigration officers read every dossier's files.
 */
@ApplicationScoped
public class DossierFiles {

    /** States in which an item's files may still change; every other state answers 409. */
    public static final Set<String> CHANGEABLE = Set.of("OPEN", "READY", "RETURNED");

    private static final Logger LOG = Logger.getLogger(DossierFiles.class);

    private final DossierFileRepository files;
    private final CatalogueRepository catalogue;
    private final StoredFiles stored;
    private final FilesConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final FileInspector inspector;
    private final Path workDir;
    private final FileChanges changes;
    private final ItemEvidence evidence;
    private final Counter damaged;

    public DossierFiles(DossierFileRepository files, CatalogueRepository catalogue, StoredFiles stored,
            FilesConfig config, Clock clock, ObjectMapper json, FileChanges changes, ItemEvidence evidence,
            MeterRegistry registry) {
        this.files = files;
        this.catalogue = catalogue;
        this.stored = stored;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.changes = changes;
        this.evidence = evidence;
        this.damaged = Counter.builder("documents.files.damaged")
                .description("Stored files found damaged on a read (digest or decryption failed, or the object lost)")
                .register(registry);
        this.inspector = new FileInspector(config.maxImagePixels(), config.maxPdfPages(), config.maxPdfObjects());
        this.workDir = workDir(config.workDir());
    }

    /** The file as it was received, with everything known of it before it is stored. */
    private record Accepted(ReceivedFile received, MediaKind kind, FileMeasurements measurements) {
    }

    public FileView upload(UUID dossierId, String code, InputStream body, String name, String declaredType,
            Caller caller, Language language) {
        DocumentType type = writable(dossierId, code, caller);
        refuseName(name);
        try (ReceivedFile received = ReceivedFile.receive(body, workDir, config.maxFileSize().asLongValue())) {
            Accepted accepted = accept(received, code, declaredType);
            UUID fileId = UUID.randomUUID();
            StoredFiles.Stored object = stored.store(fileId, received.path(), workDir);
            OffsetDateTime now = OffsetDateTime.now(clock);
            DossierFileEntity file;
            try {
                file = QuarkusTransaction.requiringNew().call(() -> {
                    requireChangeable(lockedDossier(dossierId));
                    requireRoom(dossierId, received.size(), 0);
                    DossierFileEntity entity = new DossierFileEntity();
                    entity.id = fileId;
                    entity.dossierId = dossierId;
                    entity.itemCode = code;
                    entity.name = name;
                    entity.uploadedAt = now;
                    entity.uploadedBy = caller.partnerId();
                    describe(entity, accepted, object);
                    files.persist(entity);
                    files.flush();
                    changes.changed(dossierId, code, fileId, entity.sha256, FileChanges.UPLOADED, caller.partnerId(), now);
                    return entity;
                });
            } catch (RuntimeException e) {
                stored.discard(object.objectKey());
                throw e;
            }
            return view(file, type, language);
        }
    }

    public FileView replace(UUID dossierId, String code, UUID fileId, InputStream body, String name,
            String declaredType, Caller caller, Language language) {
        DocumentType type = writable(dossierId, code, caller);
        refuseName(name);
        QuarkusTransaction.requiringNew().call(() -> existing(dossierId, code, fileId));
        try (ReceivedFile received = ReceivedFile.receive(body, workDir, config.maxFileSize().asLongValue())) {
            Accepted accepted = accept(received, code, declaredType);
            StoredFiles.Stored object = stored.store(fileId, received.path(), workDir);
            OffsetDateTime now = OffsetDateTime.now(clock);
            String[] oldKey = new String[1];
            DossierFileEntity file;
            try {
                file = QuarkusTransaction.requiringNew().call(() -> {
                    requireChangeable(lockedDossier(dossierId));
                    DossierFileEntity entity = existing(dossierId, code, fileId);
                    requireRoom(dossierId, received.size(), entity.sizeBytes);
                    oldKey[0] = entity.objectKey;
                    if (name != null) {
                        entity.name = name;
                    }
                    entity.uploadedAt = now;
                    entity.uploadedBy = caller.partnerId();
                    describe(entity, accepted, object);
                    entity.damagedAt = null;
                    files.flush();
                    changes.changed(dossierId, code, fileId, entity.sha256, FileChanges.REPLACED, caller.partnerId(), now);
                    return entity;
                });
            } catch (RuntimeException e) {
                stored.discard(object.objectKey());
                throw e;
            }
            stored.discard(oldKey[0]);
            return view(file, type, language);
        }
    }

    public void remove(UUID dossierId, String code, UUID fileId, Caller caller) {
        writable(dossierId, code, caller);
        String objectKey = QuarkusTransaction.requiringNew().call(() -> {
            requireChangeable(lockedDossier(dossierId));
            DossierFileEntity entity = existing(dossierId, code, fileId);
            files.delete(entity);
            files.flush();
            changes.changed(dossierId, code, fileId, entity.sha256, FileChanges.REMOVED, caller.partnerId(),
                    OffsetDateTime.now(clock));
            return entity.objectKey;
        });
        stored.discard(objectKey);
    }

    public List<FileView> list(UUID dossierId, String code, Caller caller, Language language) {
        DocumentType type = readable(dossierId, code, caller);
        return QuarkusTransaction.requiringNew().call(() -> files.ofItem(dossierId, code)).stream()
                .map(f -> view(f, type, language)).toList();
    }

    public FileView describe(UUID dossierId, String code, UUID fileId, Caller caller, Language language) {
        DocumentType type = readable(dossierId, code, caller);
        return view(QuarkusTransaction.requiringNew().call(() -> existing(dossierId, code, fileId)), type, language);
    }

    /** A file to send: its facts and its plaintext, already decrypted and checked against its SHA-256. */
    public record Download(FileView file, InputStream content) {
    }

    /**
     * The file, decrypted into a private temporary copy and checked before a byte is sent (the copy is deleted when the
     * content is closed). A damaged stored file is marked, counted and answered with 409 file-damaged: the partner
     * uploads it again; a store that does not answer is 503.
     */
    public Download download(UUID dossierId, String code, UUID fileId, Caller caller) {
        DocumentType type = readable(dossierId, code, caller);
        DossierFileEntity file = QuarkusTransaction.requiringNew().call(() -> existing(dossierId, code, fileId));
        if (file.damagedAt != null) {
            throw damagedProblem(file);
        }
        Path copy;
        try {
            copy = stored.verifiedCopy(file, workDir);
        } catch (StoredFiles.Damaged e) {
            damaged.increment();
            LOG.errorf("stored file %s of dossier %s item %s is damaged (%s): marked, to be uploaded again", file.id,
                    dossierId, code, e.getCause() == null ? "unknown" : e.getCause().getClass().getSimpleName());
            markDamaged(file);
            throw damagedProblem(file);
        } catch (StoredFiles.Unavailable e) {
            LOG.warnf("the file store cannot be read for file %s: %s", file.id, e.getCause() == null ? "unknown"
                    : e.getCause().getClass().getSimpleName());
            throw ApiException.of(ProblemKind.SERVICE_UNAVAILABLE, new Text(
                    "The file store cannot be read now; try again shortly", "文件存储暂时无法读取，请稍后再试"));
        }
        try {
            return new Download(view(file, type, Language.EN), new DeletedOnClose(copy));
        } catch (IOException | RuntimeException e) {
            ReceivedFile.deleteQuietly(copy);
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
    }

    /** The problem of a damaged stored file: 409, since the file must be uploaded again before it can be read. */
    static ApiException damagedProblem(DossierFileEntity file) {
        return new ApiException(Problem.of("file-damaged", new Text("The stored file is damaged", "存储的文件已损坏"),
                409, new Text("File " + file.id + " failed its integrity check when read and is marked damaged; the"
                        + " partner uploads it again (replace or remove it)", "文件 " + file.id
                        + " 读取时未通过完整性校验，已标记为损坏；请合作方重新上传（替换或删除该文件）"))
                .withErrors(List.of(Refusal.reasonCode("FILE_DAMAGED"))));
    }

    private void markDamaged(DossierFileEntity file) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                files.lockDossier(file.dossierId);
                files.inItem(file.dossierId, file.itemCode, file.id).filter(f -> f.damagedAt == null
                        && f.objectKey.equals(file.objectKey)).ifPresent(f -> {
                            OffsetDateTime now = OffsetDateTime.now(clock);
                            f.damagedAt = now;
                            files.flush();
                            changes.damaged(f.dossierId, f.itemCode, f.id, f.sha256, now);
                        });
            });
        } catch (RuntimeException e) {
            // the answer stays 409 file-damaged; the mark is made on the next read
            LOG.warnf("file %s could not be marked damaged: %s", file.id, e.getClass().getSimpleName());
        }
    }

    /** A temporary plaintext copy, read once and deleted when closed. */
    private static final class DeletedOnClose extends java.io.FilterInputStream {

        private final Path path;

        DeletedOnClose(Path path) throws IOException {
            super(Files.newInputStream(path));
            this.path = path;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                ReceivedFile.deleteQuietly(path);
            }
        }
    }

    /**
     * What the item's files prove as of {@code asOf} (the rule parameters of that date): for the item's verdict. The
     * lifecycle calls it when it reviews an item; it reads the stored measurements, never the bytes.
     */
    public FileEvidence evidenceFor(UUID dossierId, String code, LocalDate asOf) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            RuleParameters parameters = catalogue.parametersOn(asOf);
            boolean photocopy = catalogue.typeOn(code, asOf).map(DocumentType::photocopy).orElse(false);
            return evidence.of(dossierId, List.of(code), c -> photocopy, asOf, parameters).get(code);
        });
    }

    public FileEvidence evidenceFor(UUID dossierId, String code) {
        return evidenceFor(dossierId, code, LocalDate.now(clock));
    }

    private Accepted accept(ReceivedFile received, String code, String declaredType) {
        if (received.size() == 0) {
            throw Refusal.of(ProblemKind.VALIDATION, "FILE_EMPTY", new Text("The file is empty", "文件为空"));
        }
        MediaKind kind = FileInspector.detect(received.path());
        if (!FileTypePolicy.allowed(code).contains(kind)) {
            List<String> allowed = FileTypePolicy.allowed(code).stream().map(MediaKind::mediaType).toList();
            throw Refusal.unsupported("TYPE_NOT_ACCEPTED_FOR_ITEM", new Text(code + " takes " + allowed + ", not "
                    + kind.mediaType(), code + " 只接受 " + allowed + "，不接受 " + kind.mediaType()));
        }
        if (declaredType != null && !declaredType.isBlank()) {
            String declared = declaredType.split(";")[0].trim();
            if (!declared.equalsIgnoreCase("application/octet-stream") && !declared.equalsIgnoreCase(kind.mediaType())) {
                throw Refusal.unsupported("TYPE_MISMATCH", new Text("The body is labelled " + declared
                        + " but its content is " + kind.mediaType(), "请求正文标注为 " + declared + "，但内容是 "
                        + kind.mediaType()));
            }
        }
        FileMeasurements measurements = inspector.measure(received.path(), kind, FileRules.PHOTOS.equals(code));
        return new Accepted(received, kind, measurements);
    }

    private void describe(DossierFileEntity entity, Accepted accepted, StoredFiles.Stored object) {
        entity.mediaType = accepted.kind().mediaType();
        entity.sizeBytes = accepted.received().size();
        entity.sha256 = accepted.received().sha256();
        entity.pageCount = accepted.measurements().pageCount();
        entity.measurements = write(accepted.measurements());
        entity.storage = object.storage();
        entity.objectKey = object.objectKey();
        entity.keyId = object.key().keyId();
        entity.wrappedKey = object.key().wrapped();
    }

    private DocumentType writable(UUID dossierId, String code, Caller caller) {
        DocumentType type = readable(dossierId, code, caller);
        DossierFacts dossier = QuarkusTransaction.requiringNew().call(() -> files.dossier(dossierId)).orElseThrow();
        // only the owning partner changes files, even with a token that also reads every dossier
        if (!caller.isPartner() || !caller.partnerId().equals(dossier.partnerId())) {
            throw ApiException.notFound(DossierAccess.DOSSIER, dossierId);
        }
        requireChangeable(dossier);
        return type;
    }

    /** The item's catalogue entry, once the caller may see the dossier and the item is on its checklist. */
    private DocumentType readable(UUID dossierId, String code, Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DossierFacts dossier = files.dossier(dossierId)
                    .orElseThrow(() -> ApiException.notFound(DossierAccess.DOSSIER, dossierId));
            boolean mayRead = caller.isImmigration() || (caller.isPartner() && caller.partnerId().equals(dossier.partnerId()));
            if (!mayRead) {
                throw ApiException.notFound(DossierAccess.DOSSIER, dossierId);
            }
            DocumentType type = catalogue.typeOn(code, LocalDate.now(clock))
                    .orElseThrow(() -> ApiException.notFound(ItemRules.DOCUMENT_TYPE, code));
            if (!files.onChecklist(dossierId, code)) {
                throw ItemRules.notOnChecklist(code);
            }
            return type;
        });
    }

    private DossierFacts lockedDossier(UUID dossierId) {
        files.lockDossier(dossierId);
        return files.dossier(dossierId).orElseThrow(() -> ApiException.notFound(DossierAccess.DOSSIER, dossierId));
    }

    private static void requireChangeable(DossierFacts dossier) {
        if (!CHANGEABLE.contains(dossier.state())) {
            throw ApiException.conflict(new Text("Dossier " + dossier.id() + " is " + dossier.state()
                    + "; its files no longer change", "档案 " + dossier.id() + " 的状态是 " + dossier.state()
                    + "；其文件不能再更改"));
        }
    }

    private void requireRoom(UUID dossierId, long adding, long replacing) {
        long max = config.maxDossierSize().asLongValue();
        long total = files.totalBytes(dossierId) - replacing + adding;
        if (total > max) {
            throw Refusal.tooLarge("DOSSIER_TOO_LARGE", new Text("A dossier's files may have at most " + max
                    + " bytes together; this file would make " + total, "一份档案的文件合计最多 " + max
                    + " 字节；加上此文件将达到 " + total + " 字节"));
        }
    }

    private DossierFileEntity existing(UUID dossierId, String code, UUID fileId) {
        return files.inItem(dossierId, code, fileId)
                .orElseThrow(() -> ApiException.notFound(new Text("File", "文件"), fileId));
    }

    private static void refuseName(String name) {
        FileNames.refusal(name).ifPresent(why -> {
            throw ApiException.invalid("name", why);
        });
    }

    private FileView view(DossierFileEntity f, DocumentType type, Language language) {
        FileMeasurements m = measurements(f);
        RuleParameters parameters = QuarkusTransaction.joiningExisting()
                .call(() -> catalogue.parametersOn(LocalDate.now(clock)));
        List<FileView.Check> checks = FileRules.checks(f.itemCode, type.photocopy(), m, parameters).stream()
                .map(c -> new FileView.Check(c.rule(), c.passed(), c.reason().code(), c.reason().text(language)))
                .toList();
        return new FileView(f.id, f.dossierId, f.itemCode, f.name, f.mediaType, f.sizeBytes, f.sha256, f.pageCount,
                f.uploadedAt.atZoneSameInstant(clock.getZone()).toOffsetDateTime(), f.uploadedBy, checks,
                f.damagedAt == null ? null : f.damagedAt.atZoneSameInstant(clock.getZone()).toOffsetDateTime());
    }

    private FileMeasurements measurements(DossierFileEntity f) {
        try {
            return json.readValue(f.measurements, FileMeasurements.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored measurements of file " + f.id + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path workDir(Optional<String> configured) {
        try {
            Path base = configured.map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(base);
            Path dir = Files.createDirectories(base.resolve("zgc-documents-files"));
            try {
                // received files wait here in clear for a moment: only this process's user may read them
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("no POSIX permissions on the files' work folder");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            LOG.warn("cannot prepare the files' work folder", e);
            throw e;
        }
    }
}
