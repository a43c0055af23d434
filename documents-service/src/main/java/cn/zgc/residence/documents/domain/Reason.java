package cn.zgc.residence.documents.domain;

import cn.zgc.residence.common.i18n.Language;

/** Why an item applies or why a document was rejected: a stable code and the text in English and Chinese. */
public record Reason(String code, String en, String zh) {

    public String text(Language language) {
        return language.pick(en, zh);
    }
}
