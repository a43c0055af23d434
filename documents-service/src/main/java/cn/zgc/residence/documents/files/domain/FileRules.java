package cn.zgc.residence.documents.files.domain;

import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Border;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Image;
import cn.zgc.residence.documents.files.domain.FileMeasurements.PageSize;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks one file can prove, from its measurements and the rule parameters of a date. Photocopies are A4: a
 * PDF's every page 210 x 297 mm within A4_TOLERANCE_MM (either orientation); an image scan in A4 proportions
 * within SCAN_PROPORTION_TOLERANCE_PERMILLE and at least SCAN_MIN_DPI over the A4 page. The digital photo (item
 * PHOTOS) is a JPEG of 24-bit colour, the 33 x 48 mm format in proportion and in pixels between PHOTO_MIN_DPI and
 * PHOTO_MAX_DPI, a file size within PHOTO_MIN_KB..PHOTO_MAX_KB, and a white, even background at its borders.
 */
public final class FileRules {

    public static final String PHOTOS = "PHOTOS";

    private FileRules() {
    }

    /** Every check that applies to a file of this item; empty when the item has none (neither photo nor photocopy). */
    public static List<FileCheck> checks(String code, boolean photocopy, FileMeasurements m, RuleParameters p) {
        if (PHOTOS.equals(code)) {
            return photo(m, p);
        }
        if (photocopy) {
            return m.kind() == MediaKind.PDF ? List.of(a4Pages(m.pages(), p)) : List.of(a4Scan(m.image(), p));
        }
        return List.of();
    }

    static FileCheck a4Pages(List<PageSize> pages, RuleParameters p) {
        int w = p.get("A4_WIDTH_MM") * 10;
        int h = p.get("A4_HEIGHT_MM") * 10;
        int tolerance = p.get("A4_TOLERANCE_MM") * 10;
        List<String> off = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageSize page = pages.get(i);
            int shorter = Math.min(page.widthTenthMm(), page.heightTenthMm());
            int longer = Math.max(page.widthTenthMm(), page.heightTenthMm());
            if (Math.abs(shorter - w) > tolerance || Math.abs(longer - h) > tolerance) {
                off.add((i + 1) + " (" + mm(page.widthTenthMm()) + " x " + mm(page.heightTenthMm()) + " mm)");
            }
        }
        if (off.isEmpty()) {
            return FileCheck.pass("A4", "Every page is A4 (" + pages.size() + " page(s))",
                    "每页均为A4幅面（共" + pages.size() + "页）");
        }
        String list = String.join(", ", off.subList(0, Math.min(5, off.size()))) + (off.size() > 5 ? ", ..." : "");
        return FileCheck.fail("NOT_A4", "A4", "Not A4 (210 x 297 mm within " + tolerance / 10 + " mm): page " + list,
                "非A4幅面（210×297毫米，允差" + tolerance / 10 + "毫米）：第" + list + "页");
    }

    static FileCheck a4Scan(Image image, RuleParameters p) {
        int shorter = Math.min(image.widthPx(), image.heightPx());
        int longer = Math.max(image.widthPx(), image.heightPx());
        int wMm = p.get("A4_WIDTH_MM");
        int hMm = p.get("A4_HEIGHT_MM");
        int tolerance = p.get("SCAN_PROPORTION_TOLERANCE_PERMILLE");
        int minDpi = p.get("SCAN_MIN_DPI");
        long ratio = Math.round(1000.0 * longer / shorter);
        long a4Ratio = Math.round(1000.0 * hMm / wMm);
        if (Math.abs(ratio - a4Ratio) * 1000 > tolerance * a4Ratio) {
            return FileCheck.fail("SCAN_NOT_A4_PROPORTIONS", "A4",
                    "The scan's proportions " + shorter + " x " + longer + " px are not A4's (1 : 1.414 within "
                            + tolerance / 10.0 + " %)",
                    "扫描件比例" + shorter + "×" + longer + "像素不是A4比例（1:1.414，允差" + tolerance / 10.0 + "%）");
        }
        int dpi = (int) Math.floor(shorter * 25.4 / wMm);
        if (dpi < minDpi) {
            return FileCheck.fail("SCAN_RESOLUTION_TOO_LOW", "A4",
                    "The scan has " + dpi + " dpi over an A4 page; at least " + minDpi + " dpi are required",
                    "扫描分辨率为" + dpi + " dpi（按A4幅面计），至少需要" + minDpi + " dpi");
        }
        return FileCheck.pass("A4", "An A4 scan at " + dpi + " dpi", "A4扫描件，分辨率" + dpi + " dpi");
    }

    static List<FileCheck> photo(FileMeasurements m, RuleParameters p) {
        List<FileCheck> checks = new ArrayList<>();
        if (m.kind() != MediaKind.JPEG || m.image() == null) {
            checks.add(FileCheck.fail("PHOTO_NOT_JPEG", "PHOTO_FORMAT", "The digital photo must be a JPEG file",
                    "电子照片须为JPEG格式"));
            return checks;
        }
        Image image = m.image();
        checks.add(image.colourChannels() == 3 && image.bitsPerPixel() == 24
                ? FileCheck.pass("PHOTO_COLOUR", "24-bit colour", "24位彩色")
                : FileCheck.fail("PHOTO_NOT_24_BIT_COLOUR", "PHOTO_COLOUR", "The photo is not 24-bit colour ("
                        + image.bitsPerPixel() + " bits, " + image.colourChannels() + " channel(s))",
                        "照片不是24位彩色（" + image.bitsPerPixel() + "位，" + image.colourChannels() + "个通道）"));
        checks.add(photoSize(image, p));
        long kb = (m.bytes() + 1023) / 1024;
        int minKb = p.get("PHOTO_MIN_KB");
        int maxKb = p.get("PHOTO_MAX_KB");
        checks.add(kb >= minKb && kb <= maxKb
                ? FileCheck.pass("PHOTO_FILE_SIZE", kb + " KB", "文件大小" + kb + " KB")
                : FileCheck.fail("PHOTO_FILE_SIZE_OUT_OF_BOUNDS", "PHOTO_FILE_SIZE", "The photo file has " + kb
                        + " KB; it must have " + minKb + " to " + maxKb + " KB",
                        "照片文件大小为" + kb + " KB，须在" + minKb + "至" + maxKb + " KB之间"));
        checks.add(background(image.border(), p));
        return checks;
    }

    static FileCheck photoSize(Image image, RuleParameters p) {
        int wMm = p.get("PHOTO_WIDTH_MM");
        int hMm = p.get("PHOTO_HEIGHT_MM");
        int tolerance = p.get("PHOTO_PROPORTION_TOLERANCE_PERMILLE");
        int minDpi = p.get("PHOTO_MIN_DPI");
        int maxDpi = p.get("PHOTO_MAX_DPI");
        String format = wMm + " x " + hMm + " mm";
        String size = image.widthPx() + " x " + image.heightPx() + " px";
        // width / height against 33 / 48, compared without division: |w*H - h*W| <= tolerance * h*W / 1000
        long expected = (long) image.heightPx() * wMm;
        long actual = (long) image.widthPx() * hMm;
        if (Math.abs(actual - expected) * 1000 > tolerance * expected) {
            return FileCheck.fail("PHOTO_WRONG_PROPORTIONS", "PHOTO_SIZE", "The photo's " + size
                    + " are not in the proportions of " + format + " (portrait, within " + tolerance / 10.0 + " %)",
                    "照片" + size.replace(" x ", "×").replace(" px", "像素") + "不符合" + wMm + "×" + hMm
                            + "毫米的比例（竖幅，允差" + tolerance / 10.0 + "%）");
        }
        int minW = pixels(wMm, minDpi);
        int minH = pixels(hMm, minDpi);
        int maxW = pixels(wMm, maxDpi);
        int maxH = pixels(hMm, maxDpi);
        if (image.widthPx() < minW || image.heightPx() < minH || image.widthPx() > maxW || image.heightPx() > maxH) {
            return FileCheck.fail("PHOTO_WRONG_PIXEL_SIZE", "PHOTO_SIZE", "The photo has " + size + "; " + format
                    + " at " + minDpi + " to " + maxDpi + " dpi is " + minW + " x " + minH + " to " + maxW + " x "
                    + maxH + " px",
                    "照片为" + image.widthPx() + "×" + image.heightPx() + "像素；" + wMm + "×" + hMm + "毫米在" + minDpi
                            + "至" + maxDpi + " dpi下应为" + minW + "×" + minH + "至" + maxW + "×" + maxH + "像素");
        }
        return FileCheck.pass("PHOTO_SIZE", size + ", " + format, image.widthPx() + "×" + image.heightPx() + "像素，"
                + wMm + "×" + hMm + "毫米");
    }

    static FileCheck background(Border border, RuleParameters p) {
        int minLuma = p.get("PHOTO_BACKGROUND_MIN_LUMA");
        int maxSpread = p.get("PHOTO_BACKGROUND_MAX_SPREAD");
        if (border == null) {
            return FileCheck.fail("PHOTO_BACKGROUND_NOT_MEASURED", "PHOTO_BACKGROUND",
                    "The background could not be measured", "无法测量照片背景");
        }
        if (border.meanLuma() < minLuma) {
            return FileCheck.fail("PHOTO_BACKGROUND_NOT_WHITE", "PHOTO_BACKGROUND", "The background at the borders is not"
                    + " white (brightness " + border.meanLuma() + " of 255; at least " + minLuma + ")",
                    "照片边缘背景不是白色（亮度" + border.meanLuma() + "/255，至少" + minLuma + "）");
        }
        if (border.lumaSpread() > maxSpread) {
            return FileCheck.fail("PHOTO_BACKGROUND_UNEVEN", "PHOTO_BACKGROUND", "The background at the borders is not"
                    + " even (brightness varies by " + border.lumaSpread() + "; at most " + maxSpread + ")",
                    "照片边缘背景不均匀（亮度偏差" + border.lumaSpread() + "，至多" + maxSpread + "）");
        }
        return FileCheck.pass("PHOTO_BACKGROUND", "A white, even background", "背景白色均匀");
    }

    /** Pixels of a length in millimetres at a resolution, rounded to the nearest pixel. */
    public static int pixels(int mm, int dpi) {
        return (int) Math.round(mm * dpi / 25.4);
    }

    private static String mm(int tenths) {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
