package cn.zgc.residence.journey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Small real files of the journey, written with the JDK alone: A4 PDFs with plain text, a JPEG digital photo. */
final class JourneyFiles {

    private JourneyFiles() {
    }

    /** A PDF of A4 pages (595 x 842 points), each showing {@code text} in an uncompressed content stream. */
    static byte[] a4Pdf(int pages, String text) {
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
     * The digital photo: 413 x 591 px (33 x 48 mm at 318 dpi), 24-bit colour, a white and even background at the
     * borders and a varied middle, compressed to about 80 KB (the rules take 40 to 120 KB).
     */
    static byte[] photo() {
        int width = 413;
        int height = 591;
        Random random = new Random(7);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean middle = x >= width / 5 && x < width * 4 / 5 && y >= height / 5 && y < height * 9 / 10;
                int rgb;
                if (middle) {
                    rgb = random.nextInt(0xffffff);
                } else {
                    int v = 253 + random.nextInt(3);
                    rgb = (v << 16) | (v << 8) | v;
                }
                image.setRGB(x, y, rgb);
            }
        }
        float low = 0.05f;
        float high = 1.0f;
        byte[] best = jpeg(image, 0.75f);
        for (int i = 0; i < 12; i++) {
            float q = (low + high) / 2;
            best = jpeg(image, q);
            if (best.length / 1024 > 80) {
                high = q;
            } else {
                low = q;
            }
        }
        return best;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
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
