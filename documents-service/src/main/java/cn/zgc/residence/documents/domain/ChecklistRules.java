package cn.zgc.residence.documents.domain;

import java.util.Comparator;
import java.util.List;

/** Personalises the catalogue: an item or Point for Attention is on the list when its condition holds. */
public final class ChecklistRules {

    private ChecklistRules() {
    }

    public static Checklist personalise(ApplicantFacts facts, List<DocumentType> catalogue,
            List<AttentionPoint> points) {
        List<Checklist.Item> items = catalogue.stream()
                .filter(t -> t.appliesWhen().holds(facts))
                .sorted(Comparator.comparingInt(DocumentType::sortOrder))
                .map(t -> new Checklist.Item(t, t.appliesWhen().reason(facts)))
                .toList();
        List<Checklist.Attention> applying = points.stream()
                .filter(p -> p.appliesWhen().holds(facts))
                .sorted(Comparator.comparingInt(AttentionPoint::sortOrder))
                .map(p -> new Checklist.Attention(p, p.appliesWhen().reason(facts)))
                .toList();
        return new Checklist(items,
                applying.stream().filter(a -> !a.point().blocking()).toList(),
                applying.stream().filter(a -> a.point().blocking()).toList());
    }
}
