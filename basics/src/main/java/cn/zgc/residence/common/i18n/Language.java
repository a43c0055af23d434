package cn.zgc.residence.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages texts for people are given in: English unless the caller prefers Chinese. Chosen from
 * {@code Accept-Language} with its q-values; {@code zh}, {@code zh-CN}, {@code zh-Hans} and every other {@code zh}
 * range mean Chinese, {@code en} and its ranges English; a header that cannot be read means English.
 */
public enum Language {
    EN, ZH;

    /** The caller's language from an {@code Accept-Language} header value (may be null). */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if ("zh".equalsIgnoreCase(primary)) {
                return ZH;
            }
            if ("en".equalsIgnoreCase(primary)) {
                return EN;
            }
        }
        return EN;
    }

    /** The first of the caller's preferred locales (best first, as JAX-RS gives them) that is English or Chinese. */
    public static Language preferred(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String tag = locale.getLanguage();
                if ("zh".equalsIgnoreCase(tag)) {
                    return ZH;
                }
                if ("en".equalsIgnoreCase(tag)) {
                    return EN;
                }
            }
        }
        return EN;
    }

    public boolean chinese() {
        return this == ZH;
    }

    /** The text in this language out of its two versions. */
    public <T> T pick(T english, T chinese) {
        return this == ZH ? chinese : english;
    }
}
