package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One offending input field of a request, named by its JSON path (for example {@code facts.age}). The message is
 * written in English and Chinese; the body carries the one of the caller's language.
 */
public record FieldError(String field, String message, @JsonIgnore String messageZh) {

    public FieldError(String field, Text message) {
        this(field, message.en(), message.zh());
    }

    /** A message that is already in the caller's language (a bean validation message, interpolated per request). */
    public static FieldError localised(String field, String message) {
        return new FieldError(field, message, message);
    }

    public FieldError in(Language language) {
        return language.chinese() && messageZh != null ? new FieldError(field, messageZh, messageZh) : this;
    }
}
