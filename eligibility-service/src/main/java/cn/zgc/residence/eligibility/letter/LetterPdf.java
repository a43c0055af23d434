package cn.zgc.residence.eligibility.letter;

import static cn.zgc.residence.eligibility.letter.LetterText.*;

import cn.zgc.residence.common.time.BusinessClock;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a recommendation letter on one A4 page, Chinese above English, with a QR code of its verification URL.
 * Nothing here depends on the time or on chance: the dates are the letter's issue time, the document id comes from
 * the letter number, and the embedded font subsets are named from their glyphs, so the same letter gives the same
 * bytes.
 */
final class LetterPdf {

    static final String LATIN_FONT = "/letter/Arimo-letter.ttf";
    static final String CJK_FONT = "/letter/DroidSansFallback-letter.ttf";

    private static final float LEFT = 64;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 64;
    private static final float VALUE_X = 210;
    private static final float QR_SIZE = 104;

    private static final byte[] LATIN = resource(LATIN_FONT);
    private static final byte[] CJK = resource(CJK_FONT);

    private LetterPdf() {
    }

    /** The unsigned letter. */
    static byte[] render(Letter letter) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, letter);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            TextLine text = new TextLine(PDType0Font.load(document, new ByteArrayInputStream(LATIN), true),
                    PDType0Font.load(document, new ByteArrayInputStream(CJK), true));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw(content, text, letter);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The issue time in Beijing, to the second: the document's dates and the signature's time. */
    static Calendar issueTime(Letter letter) {
        ZonedDateTime time = letter.issuedAt().atZoneSameInstant(BusinessClock.ZONE).truncatedTo(ChronoUnit.SECONDS);
        return GregorianCalendar.from(time);
    }

    /** A document id (the trailer's /ID) and a seed for PDFBox's own id, both from the letter number. */
    static byte[] documentId(Letter letter) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("zgc-recommendation-letter:" + letter.number()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long documentSeed(Letter letter) {
        byte[] id = documentId(letter);
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (id[i] & 0xff);
        }
        return seed;
    }

    private static void describe(PDDocument document, Letter letter) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE_ZH + " " + letter.number());
        info.setSubject(TITLE_EN + " " + letter.number());
        info.setAuthor(ISSUER_EN);
        info.setCreator("Zhongguancun permanent-residence services");
        info.setProducer("Apache PDFBox");
        Calendar issued = issueTime(letter);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        document.getDocumentCatalog().setLanguage("zh-CN");
        COSString id = new COSString(documentId(letter));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.setDocumentId(documentSeed(letter));
    }

    private static void draw(PDPageContentStream content, TextLine text, Letter letter) throws IOException {
        LocalDate issued = letter.issuedAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
        float y = 772;
        text.centered(content, ISSUER_ZH, 12, LEFT, RIGHT, y);
        text.centered(content, ISSUER_EN, 9.5f, LEFT, RIGHT, y -= 15);
        text.centered(content, TITLE_ZH, 21, LEFT, RIGHT, y -= 40);
        text.centered(content, TITLE_EN, 12, LEFT, RIGHT, y -= 22);
        content.setLineWidth(0.8f);
        content.moveTo(LEFT, y -= 14);
        content.lineTo(RIGHT, y);
        content.stroke();

        y -= 30;
        y = field(content, text, y, NUMBER_ZH, NUMBER_EN, letter.number(), null);
        y = field(content, text, y, ISSUED_ZH, ISSUED_EN, dateZh(issued), dateEn(issued));
        y = field(content, text, y, APPLICANT_ZH, APPLICANT_EN, letter.applicantRef(), null);
        y = field(content, text, y, TRACK_ZH, TRACK_EN, trackZh(letter.track()), trackEn(letter.track()));
        y = field(content, text, y, POINTS_ZH, POINTS_EN, pointsZh(letter.total(), letter.threshold()),
                pointsEn(letter.total(), letter.threshold()));
        y = field(content, text, y, CRITERIA_ZH, CRITERIA_EN, letter.criteriaVersion(), null);

        y -= 10;
        y = paragraph(content, text, bodyZh(letter.total(), letter.threshold()), 11.5f, 19, y);
        y = paragraph(content, text, bodyEn(letter.total(), letter.threshold()), 10.5f, 15, y - 8);

        y -= 26;
        text.rightAligned(content, ISSUER_ZH, 11.5f, RIGHT, y);
        text.rightAligned(content, ISSUER_EN, 9.5f, RIGHT, y -= 15);
        text.rightAligned(content, dateZh(issued) + "  " + dateEn(issued), 9.5f, RIGHT, y - 15);

        float qrBottom = 118;
        qrCode(content, letter.verificationUrl(), LEFT, qrBottom, QR_SIZE);
        float x = LEFT + QR_SIZE + 18;
        float line = qrBottom + QR_SIZE - 10;
        text.draw(content, VERIFY_ZH + "  " + VERIFY_EN + ":", 10, x, line);
        for (String part : text.wrap(letter.verificationUrl(), 8.5f, RIGHT - x)) {
            text.draw(content, part, 8.5f, x, line -= 13);
        }
        text.draw(content, CODE_ZH + "  " + CODE_EN + ": " + letter.verificationCode(), 10, x, line - 20);

        float footer = 88;
        for (String part : text.wrap(FOOTER_ZH, 8.5f, RIGHT - LEFT)) {
            text.draw(content, part, 8.5f, LEFT, footer);
            footer -= 12;
        }
        for (String part : text.wrap(FOOTER_EN, 8, RIGHT - LEFT)) {
            text.draw(content, part, 8, LEFT, footer);
            footer -= 11;
        }
    }

    private static float field(PDPageContentStream content, TextLine text, float y, String labelZh, String labelEn,
            String value, String valueEn) throws IOException {
        text.draw(content, labelZh, 11, LEFT, y);
        text.draw(content, labelEn, 8.5f, LEFT, y - 12);
        text.draw(content, value, 11.5f, VALUE_X, y);
        if (valueEn != null) {
            text.draw(content, valueEn, 9.5f, VALUE_X, y - 13);
        }
        return y - 34;
    }

    private static float paragraph(PDPageContentStream content, TextLine text, String body, float size, float leading,
            float y) throws IOException {
        List<String> lines = text.wrap(body, size, RIGHT - LEFT);
        for (String line : lines) {
            text.draw(content, line, size, LEFT, y);
            y -= leading;
        }
        return y;
    }

    /** The QR code as filled squares (vector, so it prints sharp at any size), rows of dark modules merged. */
    private static void qrCode(PDPageContentStream content, String url, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IOException("the verification URL does not fit a QR code: " + e.getMessage(), e);
        }
        int n = matrix.getWidth();
        float module = size / n;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                content.addRect(x + start * module, y + (n - 1 - row) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }

    private static byte[] resource(String name) {
        try (InputStream in = LetterPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the letter font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
