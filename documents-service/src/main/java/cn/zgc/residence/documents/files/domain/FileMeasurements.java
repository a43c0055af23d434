package cn.zgc.residence.documents.files.domain;

import java.util.List;

/**
 * What was measured in one file when it was uploaded: the facts the file checks read. Pages are in tenths of a
 * millimetre (portrait or landscape as the file has them); an image has its pixel size, colour depth and, for the
 * digital photo, the brightness of its borders.
 */
public record FileMeasurements(MediaKind kind, long bytes, int pageCount, List<PageSize> pages, Image image) {

    public FileMeasurements {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public static FileMeasurements pdf(long bytes, List<PageSize> pages) {
        return new FileMeasurements(MediaKind.PDF, bytes, pages.size(), pages, null);
    }

    public static FileMeasurements image(MediaKind kind, long bytes, Image image) {
        return new FileMeasurements(kind, bytes, 1, List.of(), image);
    }

    /** A PDF page's size in tenths of a millimetre, as displayed (rotation applied). */
    public record PageSize(int widthTenthMm, int heightTenthMm) {
    }

    /**
     * An image: pixel size, bits per pixel and colour channels (3 for RGB/YCbCr); {@code border} only for the
     * digital photo (null otherwise).
     */
    public record Image(int widthPx, int heightPx, int bitsPerPixel, int colourChannels, Border border) {
    }

    /** The border strips of a photo: mean luma (0-255) and its standard deviation (evenness). */
    public record Border(int meanLuma, int lumaSpread) {
    }
}
