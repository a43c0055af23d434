package cn.zgc.residence.documents.domain.rules;

/** What a partner tells about one submitted document; each rule family defines its own shape. */
public interface DocumentMetadata {

    /** How the document is presented (certification, translation, photocopy); may be null. */
    Presentation presentation();

    /** The form that is stored: personal details replaced by their digests. */
    default DocumentMetadata forStorage() {
        return this;
    }
}
