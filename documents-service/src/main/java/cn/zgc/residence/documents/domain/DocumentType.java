package cn.zgc.residence.documents.domain;

/** One material of the catalogue as of a date. {@code photocopy}: submitted as an A4 photocopy, original reviewed. */
public record DocumentType(String code, int sortOrder, String nameEn, String nameZh, String requirementEn,
        String requirementZh, AppliesWhen appliesWhen, boolean photocopy) {
}
