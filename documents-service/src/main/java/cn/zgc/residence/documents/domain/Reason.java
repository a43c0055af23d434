package cn.zgc.residence.documents.domain;

/** Why an item applies or why a document was rejected: a stable code and the text in English and Chinese. */
public record Reason(String code, String en, String zh) {

    public String text(boolean chinese) {
        return chinese ? zh : en;
    }
}
