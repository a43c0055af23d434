package cn.zgc.residence.gateway.i18n;

/** A text for people in English and Chinese. */
public record Text(String en, String zh) {

    public String in(Language language) {
        return language.pick(en, zh);
    }
}
