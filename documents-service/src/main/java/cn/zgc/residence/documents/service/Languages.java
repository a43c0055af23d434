package cn.zgc.residence.documents.service;

/** English unless the caller's Accept-Language prefers Chinese. */
public final class Languages {

    private Languages() {
    }

    public static boolean chinese(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }
}
