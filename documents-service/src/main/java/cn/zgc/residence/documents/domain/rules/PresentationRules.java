package cn.zgc.residence.documents.domain.rules;

import static cn.zgc.residence.documents.domain.rules.Presentation.yes;

import cn.zgc.residence.documents.domain.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The Points for Attention as they apply to each document: certificates issued abroad certified by the Chinese
 * embassy or consulate; foreign-language documents translated with the translation company's seal; photocopies A4
 * with the original reviewed.
 */
public final class PresentationRules {

    private PresentationRules() {
    }

    public static List<Reason> review(Presentation presentation, boolean photocopy, boolean alwaysIssuedAbroad) {
        Presentation p = presentation == null ? Presentation.NONE : presentation;
        List<Reason> reasons = new ArrayList<>();
        if ((alwaysIssuedAbroad || yes(p.issuedAbroad())) && !yes(p.consularCertified())) {
            reasons.add(new Reason("NOT_CONSULAR_CERTIFIED",
                    "Issued abroad but not certified by the Chinese embassy or consulate in that country",
                    "境外出具的证明未经中国驻该国使领馆认证"));
        }
        if (p.language() != null && !p.language().equalsIgnoreCase("zh") && !yes(p.translatedWithSeal())) {
            reasons.add(new Reason("NOT_TRANSLATED_WITH_SEAL",
                    "In a foreign language (" + p.language() + ") without a Chinese translation bearing the translation company's seal",
                    "外文材料（" + p.language() + "）未附加盖翻译公司公章的中文译文"));
        }
        if (photocopy && !yes(p.originalReviewed())) {
            reasons.add(new Reason("ORIGINAL_NOT_REVIEWED", "The original was not reviewed with the photocopy",
                    "未验看原件"));
        }
        return reasons;
    }
}
