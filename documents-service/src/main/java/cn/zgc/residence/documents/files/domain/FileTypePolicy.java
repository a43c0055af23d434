package cn.zgc.residence.documents.files.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which kinds of file each item takes. The digital photo is a JPEG (the format the exit-entry photo rules name);
 * every other material is a photocopy or a certificate, sent as a PDF (one or many pages) or as scanned pages in
 * JPEG or PNG, one file per page.
 */
public final class FileTypePolicy {

    private FileTypePolicy() {
    }

    public static Set<MediaKind> allowed(String code) {
        return FileRules.PHOTOS.equals(code) ? EnumSet.of(MediaKind.JPEG) : EnumSet.allOf(MediaKind.class);
    }
}
