package cn.zgc.residence.documents.files.domain;

import java.util.Optional;

/**
 * The name a partner gives a file is a label only (storage keys are ids): it may not look like a path, hold
 * control characters, or be longer than 120 characters. Returns why a name is refused, or empty when it is fine.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    public static Optional<String> refusal(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")
                || name.startsWith("~") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("a file name, not a path");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '"' || Character.getType(c) == Character.FORMAT) {
                return Optional.of("no control, format or quote characters");
            }
        }
        return Optional.empty();
    }
}
