package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.FieldError;
import java.util.List;

/**
 * How a document is presented, for the Points for Attention: issued abroad and certified by the Chinese embassy or
 * consulate; its language (ISO 639-1) and a translation with the translation company's seal; an A4 photocopy
 * whose original was reviewed.
 */
public record Presentation(Boolean issuedAbroad, String language, Boolean consularCertified,
        Boolean translatedWithSeal, Boolean a4, Boolean originalReviewed) {

    public static final Presentation NONE = new Presentation(false, null, false, false, false, false);

    private static final java.util.regex.Pattern ISO_639_1 = java.util.regex.Pattern.compile("[a-zA-Z]{2}");

    /** The field errors of a presentation: its language, when given, is an ISO 639-1 code. */
    public static List<FieldError> invalid(Presentation presentation) {
        if (presentation == null || presentation.language() == null
                || ISO_639_1.matcher(presentation.language()).matches()) {
            return List.of();
        }
        return List.of(new FieldError("presentation.language", new Text("must be an ISO 639-1 code such as en",
                "应为 ISO 639-1 代码，如 en")));
    }

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
