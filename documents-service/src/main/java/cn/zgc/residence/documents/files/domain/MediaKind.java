package cn.zgc.residence.documents.files.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file a dossier accepts, by the media type detected from the content (never the client's label). */
public enum MediaKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    MediaKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<MediaKind> of(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
