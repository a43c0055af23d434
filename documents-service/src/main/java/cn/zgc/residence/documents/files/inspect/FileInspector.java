package cn.zgc.residence.documents.files.inspect;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.documents.files.domain.FileMeasurements;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Border;
import cn.zgc.residence.documents.files.domain.FileMeasurements.Image;
import cn.zgc.residence.documents.files.domain.FileMeasurements.PageSize;
import cn.zgc.residence.documents.files.domain.MediaKind;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

/**
 * Reads what a received file is, from the file on disk and never from the client's labels: the type from its first
 * bytes (Apache Tika), then a PDF's pages (PDFBox, from the file, decoded streams cached on disk) or an image's size
 * and colour depth from its header (ImageIO, before any pixel is decoded). Only the digital photo is decoded, with
 * subsampling, to measure its borders. Refuses encrypted PDFs and PDFs with JavaScript or launch actions, images
 * whose declared pixel count exceeds the limit, and anything unreadable: each an {@link ApiException} with a 4xx
 * status, never another failure.
 */
public final class FileInspector {

    /** The decoded photo is kept under about this many pixels (subsampled when larger). */
    static final long DECODE_PIXELS = 1_000_000;
    /** Border strips measured on each side of the photo, in thousandths of its width or height. */
    static final int BORDER_PERMILLE = 60;

    private static final Tika TIKA = new Tika();
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final int MAX_DEPTH = 64;

    private final long maxPixels;
    private final int maxPages;
    private final int maxObjects;

    public FileInspector(long maxPixels, int maxPages, int maxObjects) {
        this.maxPixels = maxPixels;
        this.maxPages = maxPages;
        this.maxObjects = maxObjects;
    }

    /** The type by content: one of the accepted kinds, or 415. */
    public static MediaKind detect(Path file) {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = TIKA.detect(in);
        } catch (IOException e) {
            throw Refusal.unprocessable("FILE_UNREADABLE", new Text("The file cannot be read", "无法读取该文件"));
        }
        return MediaKind.of(detected).orElseThrow(() -> Refusal.unsupported("TYPE_NOT_ACCEPTED",
                new Text("The content is " + detected + "; accepted are PDF, JPEG and PNG",
                        "文件内容为 " + detected + "；只接受 PDF、JPEG 和 PNG")));
    }

    /** Measures a file of a known kind; {@code photo}: also decode it to measure the borders. */
    public FileMeasurements measure(Path file, MediaKind kind, boolean photo) {
        try {
            long bytes = Files.size(file);
            return kind == MediaKind.PDF ? FileMeasurements.pdf(bytes, pdfPages(file))
                    : FileMeasurements.image(kind, bytes, image(file, kind, photo));
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a parser's failure on hostile input is the input's fault: 422, never a 5xx
            throw Refusal.unprocessable(kind == MediaKind.PDF ? "PDF_UNREADABLE" : "IMAGE_UNREADABLE",
                    new Text("The file cannot be read as " + kind.mediaType(),
                            "无法按 " + kind.mediaType() + " 读取该文件"));
        }
    }

    private List<PageSize> pdfPages(Path file) throws IOException {
        PDDocument document;
        try {
            document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw encrypted();
        }
        try (document) {
            if (document.isEncrypted()) {
                throw encrypted();
            }
            COSDocument cos = document.getDocument();
            Set<COSObjectKey> keys = cos.getXrefTable().keySet();
            if (keys.size() > maxObjects) {
                throw Refusal.unprocessable("PDF_TOO_COMPLEX", new Text("The PDF has " + keys.size()
                        + " objects; at most " + maxObjects + " are read",
                        "该 PDF 含 " + keys.size() + " 个对象；最多读取 " + maxObjects + " 个"));
            }
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            if (active(document.getDocumentCatalog().getCOSObject(), 0, seen)) {
                throw activeContent();
            }
            for (COSObjectKey key : keys) {
                COSObject object = cos.getObjectFromPool(key);
                if (object != null && active(object.getObject(), 0, seen)) {
                    throw activeContent();
                }
            }
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw Refusal.unprocessable("PDF_NO_PAGES", new Text("The PDF has no page", "该 PDF 没有页面"));
            }
            if (count > maxPages) {
                throw Refusal.unprocessable("PDF_TOO_MANY_PAGES", new Text("The PDF has " + count
                        + " pages; at most " + maxPages + " per file",
                        "该 PDF 有 " + count + " 页；每个文件最多 " + maxPages + " 页"));
            }
            List<PageSize> pages = new ArrayList<>(count);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                int w = tenthMm(box.getWidth());
                int h = tenthMm(box.getHeight());
                boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
                pages.add(turned ? new PageSize(h, w) : new PageSize(w, h));
            }
            return pages;
        }
    }

    private static ApiException activeContent() {
        return Refusal.unprocessable("PDF_ACTIVE_CONTENT",
                new Text("The PDF carries JavaScript or a launch action; send a plain scan or print",
                        "该 PDF 含有 JavaScript 或启动操作；请发送普通的扫描件或打印件"));
    }

    private static ApiException encrypted() {
        return Refusal.unprocessable("PDF_ENCRYPTED",
                new Text("The PDF is encrypted; send it without a password or restrictions",
                        "该 PDF 已加密；请发送无密码、无限制的文件"));
    }

    /** JavaScript (a /JS entry, an action of type JavaScript or Launch, a JavaScript name tree) anywhere inside. */
    private static boolean active(COSBase base, int depth, Map<COSBase, Boolean> seen) {
        if (base == null || depth > MAX_DEPTH || seen.put(base, Boolean.TRUE) != null) {
            return false;
        }
        if (base instanceof COSDictionary dictionary) {
            if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(JAVASCRIPT)) {
                return true;
            }
            COSBase type = dictionary.getDictionaryObject(COSName.S);
            if (JAVASCRIPT.equals(type) || LAUNCH.equals(type)) {
                return true;
            }
            for (COSBase value : dictionary.getValues()) {
                // indirect objects are each visited from the cross-reference table
                if (!(value instanceof COSObject) && active(value, depth + 1, seen)) {
                    return true;
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase value = array.get(i);
                if (!(value instanceof COSObject) && active(value, depth + 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int tenthMm(float points) {
        return Math.round(points * 254f / 72f);
    }

    private Image image(Path file, MediaKind kind, boolean photo) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw Refusal.unprocessable("IMAGE_UNREADABLE", new Text("The image cannot be read", "无法读取该图片"));
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
            if (!readers.hasNext()) {
                throw Refusal.unsupported("TYPE_NOT_ACCEPTED", new Text("No reader for " + kind.mediaType(),
                        "没有可读取 " + kind.mediaType() + " 的程序"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw Refusal.unprocessable("IMAGE_UNREADABLE", new Text("The image declares no size",
                            "该图片未声明尺寸"));
                }
                if ((long) width * height > maxPixels) {
                    throw Refusal.unprocessable("IMAGE_TOO_MANY_PIXELS", new Text("The image declares " + width
                            + " x " + height + " pixels; at most " + maxPixels + " pixels are accepted",
                            "该图片声明为 " + width + " x " + height + " 像素；最多接受 " + maxPixels + " 像素"));
                }
                ImageTypeSpecifier raw = rawType(reader);
                ColorModel model = raw.getColorModel();
                int bits = model.getPixelSize();
                int channels = model.getNumColorComponents();
                Border border = photo ? border(reader, width, height) : null;
                return new Image(width, height, bits, channels, border);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageTypeSpecifier rawType(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw;
        try {
            raw = reader.getRawImageType(0);
        } catch (IIOException e) {
            raw = null;
        }
        if (raw == null) {
            // CMYK and other colour spaces ImageIO has no raw type for
            throw Refusal.unprocessable("IMAGE_COLOUR_SPACE_NOT_ACCEPTED", new Text(
                    "The image's colour space is not RGB or grey", "该图片的色彩空间不是 RGB 或灰度"));
        }
        return raw;
    }

    /** Decodes the photo (subsampled when large) and measures the brightness of its four border strips. */
    private static Border border(ImageReader reader, int width, int height) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODE_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param);
        int w = image.getWidth();
        int h = image.getHeight();
        int bx = Math.max(1, w * BORDER_PERMILLE / 1000);
        int by = Math.max(1, h * BORDER_PERMILLE / 1000);
        long n = 0;
        double sum = 0;
        double squares = 0;
        for (int y = 0; y < h; y++) {
            boolean band = y < by || y >= h - by;
            for (int x = 0; x < w; x++) {
                if (band || x < bx || x >= w - bx) {
                    int rgb = image.getRGB(x, y);
                    double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                    sum += luma;
                    squares += luma * luma;
                    n++;
                }
            }
        }
        double mean = sum / n;
        double spread = Math.sqrt(Math.max(0, squares / n - mean * mean));
        return new Border((int) Math.round(mean), (int) Math.round(spread));
    }
}
