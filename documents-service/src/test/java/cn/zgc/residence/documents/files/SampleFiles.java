package cn.zgc.residence.documents.files;

import cn.zgc.residence.testsupport.documents.DocumentFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Real files made in the file tests (PDFBox for PDFs, ImageIO for images): PDFs of any page size, scans, hostile
 * files. The digital photo and the files the item rules accept come from test-support's {@link DocumentFiles}.
 */
public final class SampleFiles {

    /** A marker written into every sample PDF, to look for in the stored bytes. */
    public static final String MARKER = "ZGC-PLAINTEXT-MARKER-4711";
    public static final PDRectangle LETTER = PDRectangle.LETTER;

    private SampleFiles() {
    }

    public static byte[] pdf(PDRectangle size, int pages) {
        return write(document(size, pages));
    }

    private static PDDocument document(PDRectangle size, int pages) {
        PDDocument document = new PDDocument();
        try {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    // uncompressed, so that the marker is plainly in the file
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 720);
                    text.showText(MARKER + " page " + (i + 1));
                    text.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 PDF padded to about {@code bytes} with an unreferenced-looking (but referenced) random stream. */
    public static void largePdf(Path target, int bytes) {
        try (PDDocument document = document(PDRectangle.A4, 1)) {
            COSStream filler = document.getDocument().createCOSStream();
            byte[] noise = new byte[bytes];
            new Random(7).nextBytes(noise);
            try (OutputStream out = filler.createRawOutputStream()) {
                out.write(noise);
            }
            document.getPage(0).getCOSObject().setItem(COSName.getPDFName("ZgcFiller"), filler);
            document.save(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf(String userPassword) {
        PDDocument document = document(PDRectangle.A4, 1);
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(document);
    }

    public static byte[] javascriptPdf(boolean asLinkAnnotation) {
        PDDocument document = document(PDRectangle.A4, 1);
        try {
            PDActionJavaScript js = new PDActionJavaScript("app.alert('hello');");
            if (asLinkAnnotation) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(10, 10, 100, 20));
                link.setAction(js);
                document.getPage(0).getAnnotations().add(link);
            } else {
                document.getDocumentCatalog().setOpenAction(js);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(document);
    }

    public static byte[] launchPdf() {
        PDDocument document = document(PDRectangle.A4, 1);
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
        document.getDocumentCatalog().setOpenAction(launch);
        return write(document);
    }

    private static byte[] write(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page scan: white with a few dark lines, {@code width} x {@code height} pixels. */
    public static byte[] scan(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        for (int y = height / 10; y < height * 9 / 10; y += Math.max(4, height / 40)) {
            g.fillRect(width / 10, y, width * 8 / 10, 2);
        }
        g.dispose();
        return "jpeg".equals(format) ? DocumentFiles.jpeg(image, 0.8f) : png(image);
    }

    public static byte[] greyPhoto(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return DocumentFiles.jpeg(image, 0.9f);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG that declares {@code width} x {@code height} pixels but carries a few bytes of data (a pixel bomb). */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] data = new byte[1024];
        int n = deflater.deflate(data);
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG whose frame header declares {@code width} x {@code height} (then no real image data). */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] small = scan("jpeg", 16, 16);
        // the baseline frame header (FFC0): length, precision, height, width
        for (int i = 2; i < small.length - 9; i++) {
            if ((small[i] & 0xff) == 0xff && (small[i + 1] & 0xff) == 0xc0) {
                small[i + 5] = (byte) (height >> 8);
                small[i + 6] = (byte) height;
                small[i + 7] = (byte) (width >> 8);
                small[i + 8] = (byte) width;
                return small;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    public static Path temp(byte[] bytes) {
        try {
            Path path = Files.createTempFile("sample-", ".bin");
            Files.write(path, bytes);
            path.toFile().deleteOnExit();
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
