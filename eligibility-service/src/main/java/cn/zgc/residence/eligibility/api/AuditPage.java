package cn.zgc.residence.eligibility.api;

import java.util.List;

/** One page of the audit, newest first. */
public record AuditPage(List<AuditRecordView> items, int page, int size, long totalItems) {
}
