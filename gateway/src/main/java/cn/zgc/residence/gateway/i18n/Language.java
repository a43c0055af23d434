package cn.zgc.residence.gateway.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the gateway answers people in: English unless the caller prefers Chinese, by the rule the services
 * follow (common's Language). Chosen from {@code Accept-Language} with its q-values; {@code zh}, {@code zh-CN},
 * {@code zh-Hans} and every other {@code zh} range mean Chinese, {@code en} and its ranges English, the first of the
 * two by weight wins; a header that cannot be read means English.
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
            // sorted by weight, highest first
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

    /** The text in this language out of its two versions. */
    public <T> T pick(T english, T chinese) {
        return this == ZH ? chinese : english;
    }
}
