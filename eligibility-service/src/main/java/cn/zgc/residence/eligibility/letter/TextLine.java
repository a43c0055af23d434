package cn.zgc.residence.eligibility.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text in two fonts: printable ASCII in the Latin font, everything else (Chinese and its punctuation) in the CJK
 * font, which carries no Latin letters. Measures, wraps and draws such text.
 */
final class TextLine {

    private final PDFont latin;
    private final PDFont cjk;

    TextLine(PDFont latin, PDFont cjk) {
        this.latin = latin;
        this.cjk = cjk;
    }

    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font.getStringWidth(run.text) / 1000f * size;
        }
        return width;
    }

    void draw(PDPageContentStream content, String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(text)) {
            content.setFont(run.font, size);
            content.showText(run.text);
        }
        content.endText();
    }

    void centered(PDPageContentStream content, String text, float size, float left, float right, float y)
            throws IOException {
        draw(content, text, size, left + (right - left - width(text, size)) / 2, y);
    }

    void rightAligned(PDPageContentStream content, String text, float size, float right, float y) throws IOException {
        draw(content, text, size, right - width(text, size), y);
    }

    /**
     * Breaks text into lines no wider than the width: between English words, between any two Chinese characters
     * (never before closing punctuation), and inside a word only when it is wider than a line by itself (a URL).
     */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (line.length() == 0 || width(candidate, size) <= maxWidth || closingPunctuation(token)) {
                if (line.length() > 0 || !token.isBlank()) {
                    line.append(token);
                }
            } else {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                if (!token.isBlank()) {
                    line.append(token);
                }
            }
            while (width(line.toString(), size) > maxWidth && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), size) > maxWidth) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static boolean closingPunctuation(String token) {
        return token.length() == 1 && "，。、；：）」』！？".indexOf(token.charAt(0)) >= 0;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (c != ' ' && ascii(c)) {
                while (end < text.length() && text.charAt(end) != ' ' && ascii(text.charAt(end))) {
                    end++;
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || ascii(text.charAt(i)) != ascii(text.charAt(start))) {
                runs.add(new Run(ascii(text.charAt(start)) ? latin : cjk, text.substring(start, i)));
                start = i;
            }
        }
        return runs;
    }

    private static boolean ascii(char c) {
        return c >= 0x20 && c < 0x7f;
    }

    private record Run(PDFont font, String text) {
    }
}
