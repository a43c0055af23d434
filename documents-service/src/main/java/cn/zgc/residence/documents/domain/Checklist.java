package cn.zgc.residence.documents.domain;

import java.util.List;

/** An applicant's personalised list: the items that apply, the Points for Attention, and what blocks applying. */
public record Checklist(List<Item> items, List<Attention> attention, List<Attention> blocking) {

    public record Item(DocumentType type, Reason why) {
    }

    public record Attention(AttentionPoint point, Reason why) {
    }

    public boolean blocked() {
        return !blocking.isEmpty();
    }
}
