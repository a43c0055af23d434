package cn.zgc.residence.documents.domain.rules;

/**
 * How a document is presented, for the Points for Attention: issued abroad and certified by the Chinese embassy or
 * consulate; its language (ISO 639-1) and a translation with the translation company's seal; an A4 photocopy
 * whose original was reviewed.
 */
public record Presentation(Boolean issuedAbroad, String language, Boolean consularCertified,
        Boolean translatedWithSeal, Boolean a4, Boolean originalReviewed) {

    public static final Presentation NONE = new Presentation(false, null, false, false, false, false);

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
