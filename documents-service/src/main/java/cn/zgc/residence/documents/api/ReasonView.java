package cn.zgc.residence.documents.api;

/** A reason in the caller's language, with its stable code. */
public record ReasonView(String code, String message) {
}
