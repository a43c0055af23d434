package cn.zgc.residence.eligibility.api;

import java.util.List;

/** One or two fact changes that would reach the threshold, with a sentence for people. */
public record SuggestionView(List<ChangeView> changes, int pointsAdded, int totalAfter, String text) {
}
