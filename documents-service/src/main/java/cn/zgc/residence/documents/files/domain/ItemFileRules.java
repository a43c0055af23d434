package cn.zgc.residence.documents.files.domain;

import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item's files together must be: at least one file; the digital photo exactly DIGITAL_PHOTOS JPEG file(s);
 * at most ITEM_MAX_PAGES pages; the tax certificates at least one page per year of TAX_YEARS (the tax authority
 * issues the individual tax payment certificate per period, so four years cannot fit on fewer pages); every
 * file's own checks held; and no file found damaged in storage.
 */
public final class ItemFileRules {

    private ItemFileRules() {
    }

    /**
     * A file of the item, with its checks as of the date the item is reviewed; {@code damaged} when its stored bytes
     * failed their digest or decryption on a read (the file proves nothing then and must be uploaded again).
     */
    public record CheckedFile(String label, FileMeasurements measurements, List<FileCheck> checks, boolean damaged) {

        public CheckedFile(String label, FileMeasurements measurements, List<FileCheck> checks) {
            this(label, measurements, checks, false);
        }
    }

    public static List<Reason> reasons(String code, List<CheckedFile> files, RuleParameters p) {
        List<Reason> reasons = new ArrayList<>();
        if (files.isEmpty()) {
            reasons.add(new Reason("FILE_MISSING", "No file is uploaded for this item", "该项尚未上传文件"));
            return reasons;
        }
        int pages = files.stream().mapToInt(f -> f.measurements().pageCount()).sum();
        if (FileRules.PHOTOS.equals(code)) {
            int digital = p.get("DIGITAL_PHOTOS");
            if (files.size() != digital) {
                reasons.add(new Reason("PHOTO_FILE_COUNT", files.size() + " digital photo file(s); exactly " + digital
                        + " required", "电子照片文件" + files.size() + "个，须为" + digital + "个"));
            }
        }
        int maxPages = p.get("ITEM_MAX_PAGES");
        if (pages > maxPages) {
            reasons.add(new Reason("TOO_MANY_PAGES", pages + " pages; at most " + maxPages + " per item",
                    "共" + pages + "页，每项至多" + maxPages + "页"));
        }
        if ("TAX_CERTIFICATES".equals(code)) {
            int years = p.get("TAX_YEARS");
            if (pages < years) {
                reasons.add(new Reason("TAX_PAGES_TOO_FEW", pages + " page(s) of tax certificates for " + years
                        + " years; at least one page per year", "完税证明共" + pages + "页，" + years + "年至少每年一页"));
            }
        }
        for (CheckedFile file : files) {
            if (file.damaged()) {
                reasons.add(new Reason("FILE_DAMAGED", file.label() + ": the stored file is damaged; upload it again",
                        file.label() + "：存储的文件已损坏，请重新上传"));
                continue;
            }
            for (FileCheck check : file.checks()) {
                if (!check.passed()) {
                    Reason r = check.reason();
                    reasons.add(new Reason(r.code(), file.label() + ": " + r.en(), file.label() + "：" + r.zh()));
                }
            }
        }
        return reasons;
    }
}
