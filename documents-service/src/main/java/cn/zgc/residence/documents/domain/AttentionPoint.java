package cn.zgc.residence.documents.domain;

/** A Point for Attention of the procedure; a blocking one stops the application while it holds. */
public record AttentionPoint(String code, int sortOrder, String textEn, String textZh, AppliesWhen appliesWhen,
        boolean blocking) {
}
