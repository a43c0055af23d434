package cn.zgc.residence.documents.domain;

import java.util.List;

/**
 * What an item's rules verdict rests on: the item's files and their pages, what those files prove (A4 for a
 * photocopy, the digital photo, the page count), and what stays the partner's declaration because no file can prove
 * it (consular certification, the translation's seal, the original reviewed, the printed photos, the face): the
 * officer's review of the item at the hall confirms those before acceptance.
 */
public record RulesBasis(int files, int pages, List<String> proven, List<String> declared) {

    public static final String A4 = "A4";
    public static final String DIGITAL_PHOTO = "DIGITAL_PHOTO";
    public static final String PAGE_COUNT = "PAGE_COUNT";
    public static final String CONSULAR_CERTIFICATION = "CONSULAR_CERTIFICATION";
    public static final String TRANSLATION_SEAL = "TRANSLATION_SEAL";
    public static final String ORIGINAL_REVIEWED = "ORIGINAL_REVIEWED";
    public static final String PRINTED_PHOTOS = "PRINTED_PHOTOS";
    public static final String BAREHEADED_FRONT_FACING = "BAREHEADED_FRONT_FACING";

    public RulesBasis {
        proven = List.copyOf(proven);
        declared = List.copyOf(declared);
    }
}
