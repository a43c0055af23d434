package cn.zgc.residence.testsupport.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The files tests upload to a dossier's items, written with the JDK alone (no PDF library): A4 PDFs whose pages carry
 * a line of plain text (a scan's words, to look for in stored bytes and logs) and digital photos as JPEGs.
 * {@link #acceptable(String)} answers, for each item of {@link #WITH_FILES}, a file the item's rules accept, made once.
 */
public final class DocumentFiles {

    /** The base-list items whose rules need a file: each photocopy (an A4 PDF) and the digital photo (a JPEG). */
    public static final List<String> WITH_FILES = List.of("PHOTOS", "PASSPORT", "RESIDENCE_PERMITS",
            "MEDICAL_CERTIFICATE", "TAX_CERTIFICATES", "WORK_PERMIT");

    private final String text;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    /** Files whose PDF pages show {@code text}. */
    public DocumentFiles(String text) {
        this.text = text;
    }

    /**
     * The file the item's rules accept: an A4 PDF (four pages for the four years of tax certificates), or the digital
     * photo as a JPEG.
     */
    public byte[] acceptable(String code) {
        return made.computeIfAbsent(code, c -> switch (c) {
            case "PHOTOS" -> photo(413, 591, Color.WHITE, 2, 80);
            case "TAX_CERTIFICATES" -> a4Pdf(4, text);
            default -> a4Pdf(1, text);
        });
    }

    /** The media type of {@link #acceptable(String)}'s file. */
    public static String mediaType(String code) {
        return code.equals("PHOTOS") ? "image/jpeg" : "application/pdf";
    }

    /** A PDF of A4 pages (595 x 842 points), each showing {@code text} in an uncompressed content stream. */
    public static byte[] a4Pdf(int pages, String text) {
        List<String> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pages; i++) {
            String content = "BT /F1 12 Tf 72 760 Td (" + text + " page " + (i + 1) + ") Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (5 + 2 * i) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return pdf(objects);
    }

    /** A one-page A4 PDF with nothing on its page. */
    public static byte[] blankA4Pdf() {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
                "<< /Length 0 >>\nstream\n\nendstream"));
    }

    /** A PDF of the objects, numbered from 1 (the first is the catalogue), with its cross-reference table. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A digital photo: a background of {@code background} (with {@code noise} of variation) and a noisy face area,
     * compressed to about {@code targetKb}. 413 x 591 px on white, 80 KB, is what the photo rules accept (33 x 48 mm
     * at 318 dpi, 40 to 120 KB, a white and even background at the borders).
     */
    public static byte[] photo(int width, int height, Color background, int noise, int targetKb) {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int jitter = noise == 0 ? 0 : random.nextInt(2 * noise + 1) - noise;
                image.setRGB(x, y, new Color(clamp(background.getRed() + jitter), clamp(background.getGreen() + jitter),
                        clamp(background.getBlue() + jitter)).getRGB());
            }
        }
        // the face: an area of random colour in the middle, so that the file has a photo's size
        for (int y = height / 5; y < height * 9 / 10; y++) {
            for (int x = width / 5; x < width * 4 / 5; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        float low = 0.05f;
        float high = 1.0f;
        byte[] best = jpeg(image, 0.75f);
        for (int i = 0; i < 12; i++) {
            float q = (low + high) / 2;
            byte[] candidate = jpeg(image, q);
            best = candidate;
            if (candidate.length / 1024 > targetKb) {
                high = q;
            } else {
                low = q;
            }
        }
        return best;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The image as a JPEG of {@code quality} (0 to 1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
