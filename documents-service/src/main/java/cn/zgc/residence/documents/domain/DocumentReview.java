package cn.zgc.residence.documents.domain;

import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.PresentationRules;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.domain.FileRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviews one document: its own rules, the Points for Attention on how it is presented, and its files. What a file can
 * prove comes from the files only: a photocopy's A4 form, the digital photo, file types and page counts; a photocopy
 * or the photos without a file is not satisfied (FILE_MISSING), whatever the metadata declares. An original (neither
 * photocopy nor photo) is handed over at the hall: its files are optional, and checked when there are some. What no
 * file can prove stays a declaration, listed in the verdict's basis for the officer's review at acceptance.
 */
public final class DocumentReview {

    private static final Set<String> PAGE_REASONS = Set.of("TOO_MANY_PAGES", "TAX_PAGES_TOO_FEW", "PHOTO_FILE_COUNT");

    private DocumentReview() {
    }

    public record Outcome(RulesVerdict verdict, List<Reason> reasons, RulesBasis basis) {
    }

    @SuppressWarnings("unchecked")
    public static Outcome review(DocumentRule<?> rule, DocumentMetadata metadata, ReviewContext context,
            FileEvidence evidence) {
        DocumentRule<DocumentMetadata> typed = (DocumentRule<DocumentMetadata>) rule;
        String code = context.type().code();
        boolean photocopy = context.type().photocopy();
        boolean photo = FileRules.PHOTOS.equals(code);
        boolean issuedAbroad = typed.issuedAbroad(metadata);
        // a declared reason and a file's reason of one code: the file's (it names the file and what was measured)
        List<Reason> reasons = new ArrayList<>(typed.review(metadata, context));
        reasons.addAll(PresentationRules.review(metadata.presentation(), photocopy, issuedAbroad));
        List<String> proven = new ArrayList<>();
        int files = evidence == null ? 0 : evidence.files();
        if (evidence != null && (photocopy || photo || files > 0)) {
            Set<String> fileCodes = evidence.reasons().stream().map(Reason::code).collect(Collectors.toSet());
            reasons.removeIf(r -> fileCodes.contains(r.code()));
            reasons.addAll(evidence.reasons());
            if (evidence.a4Proven()) {
                proven.add(RulesBasis.A4);
            }
            if (evidence.photoProven()) {
                proven.add(RulesBasis.DIGITAL_PHOTO);
            }
            if (files > 0 && evidence.reasons().stream().noneMatch(r -> PAGE_REASONS.contains(r.code()))) {
                proven.add(RulesBasis.PAGE_COUNT);
            }
        }
        RulesBasis basis = new RulesBasis(files, evidence == null ? 0 : evidence.pages(), proven,
                declared(metadata.presentation(), photocopy, photo, issuedAbroad));
        return new Outcome(reasons.isEmpty() ? RulesVerdict.SATISFIED : RulesVerdict.NOT_SATISFIED,
                List.copyOf(reasons), basis);
    }

    /** What the partner declares and no file proves: the officer confirms it when reviewing the item at the hall. */
    static List<String> declared(Presentation presentation, boolean photocopy, boolean photo, boolean issuedAbroad) {
        Presentation p = presentation == null ? Presentation.NONE : presentation;
        List<String> declared = new ArrayList<>();
        if (issuedAbroad || Boolean.TRUE.equals(p.issuedAbroad())) {
            declared.add(RulesBasis.CONSULAR_CERTIFICATION);
        }
        if (p.language() != null && !p.language().equalsIgnoreCase("zh")) {
            declared.add(RulesBasis.TRANSLATION_SEAL);
        }
        if (photocopy) {
            declared.add(RulesBasis.ORIGINAL_REVIEWED);
        }
        if (photo) {
            declared.add(RulesBasis.PRINTED_PHOTOS);
            declared.add(RulesBasis.BAREHEADED_FRONT_FACING);
        }
        return declared;
    }
}
