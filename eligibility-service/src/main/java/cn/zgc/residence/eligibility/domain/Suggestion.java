package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.util.List;

/** One or two fact changes that would lift an applicant to the threshold. */
public record Suggestion(List<Change> changes, int pointsAdded, int totalAfter) {

    /** One fact reaching a better band: the lowest value (or a category) of that band. */
    public record Change(String field, String factor, Text factorLabel, String from, String to, Text band,
            int pointsAdded) {
    }
}
