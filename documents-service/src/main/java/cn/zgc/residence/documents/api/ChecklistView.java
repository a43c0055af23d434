package cn.zgc.residence.documents.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A personalised list: the items that apply and why, the Points for Attention that apply, and the blocking
 * conditions; {@code canApply} is false while one blocks.
 */
public record ChecklistView(LocalDate asOf, List<Item> items, List<Attention> attention, List<Attention> blocking,
        boolean canApply) {

    public record Item(String code, String name, String requirement, ReasonView appliesBecause) {
    }

    public record Attention(String code, String text, ReasonView appliesBecause) {
    }
}
