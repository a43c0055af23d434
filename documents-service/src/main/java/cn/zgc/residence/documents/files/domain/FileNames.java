package cn.zgc.residence.documents.files.domain;

import cn.zgc.residence.common.i18n.Text;
import java.util.Optional;

/**
 * The name a partner gives a file is a label only (storage keys are ids): it may not look like a path, hold
 * control characters, or be longer than 120 characters. Returns why a name is refused, or empty when it is fine.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    public static Optional<Text> refusal(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.isBlank()) {
            return Optional.of(new Text("must not be blank", "不能为空"));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(new Text("at most " + MAX_LENGTH + " characters", "最多 " + MAX_LENGTH + " 个字符"));
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")
                || name.startsWith("~") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of(new Text("a file name, not a path", "应为文件名，而不是路径"));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '"' || Character.getType(c) == Character.FORMAT) {
                return Optional.of(new Text("no control, format or quote characters", "不能含控制字符、格式字符或引号"));
            }
        }
        return Optional.empty();
    }
}
