package cn.zgc.residence.documents.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where encrypted files are kept, by key. Implementations stream: neither writing nor reading holds a whole object
 * in memory. Chosen by configuration in one place ({@link ObjectStores}).
 */
public interface ObjectStore {

    /** The name stored with each file ({@code postgres}, {@code s3}). */
    String name();

    /** Stores the bytes of {@code source} under {@code key}. */
    void put(String key, Path source);

    /** The stored bytes, read as they are consumed; the caller closes the stream. */
    InputStream open(String key);

    /** Removes the object; nothing happens when it is not there. */
    void delete(String key);

    /** A file's object is not in the store (lost): reading it fails with this, unlike a store that does not answer. */
    final class MissingObject extends IOException {

        public MissingObject(String key) {
            super("object " + key + " is not in the store");
        }
    }
}
