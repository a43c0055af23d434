package cn.zgc.residence.documents.api;

import java.util.List;

/** One page of dossiers: {@code page} counts from 0, {@code total} is how many match in all. */
public record DossierPage(List<DossierSummary> dossiers, int page, int size, long total) {
}
