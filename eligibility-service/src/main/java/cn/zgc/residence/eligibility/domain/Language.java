package cn.zgc.residence.eligibility.domain;

import java.util.List;
import java.util.Locale;

/** The languages texts for people are given in; English unless the caller prefers Chinese. */
public enum Language {
    EN, ZH;

    /** The first of the caller's preferred languages (best first) that is English or Chinese. */
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
}
