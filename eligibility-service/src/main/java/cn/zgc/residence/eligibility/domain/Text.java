package cn.zgc.residence.eligibility.domain;

/** A text for people in English and Chinese. */
public record Text(String en, String zh) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public boolean complete() {
        return en != null && !en.isBlank() && zh != null && !zh.isBlank();
    }
}
