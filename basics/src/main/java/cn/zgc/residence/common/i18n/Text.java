package cn.zgc.residence.common.i18n;


/** A text for people in English and Chinese. */
public record Text(String en, String zh) {

    public String in(Language language) {
        return language.pick(en, zh);
    }

    public boolean complete() {
        return en != null && !en.isBlank() && zh != null && !zh.isBlank();
    }
}
