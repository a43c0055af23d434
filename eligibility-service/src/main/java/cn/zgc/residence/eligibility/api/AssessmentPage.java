package cn.zgc.residence.eligibility.api;

import java.util.List;

/** One page of assessments, newest first. */
public record AssessmentPage(List<AssessmentView> items, int page, int size, long totalItems) {
}
