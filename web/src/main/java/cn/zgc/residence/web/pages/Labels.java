package cn.zgc.residence.web.pages;

import io.quarkus.qute.TemplateData;
import java.util.Map;

/** The words for an API code (a status, a channel, a role) in the page's language; an unknown code shows as is. */
@TemplateData
public final class Labels {

    private final Map<String, String> texts;

    public Labels(Map<String, String> texts) {
        this.texts = texts;
    }

    public String of(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        return texts.getOrDefault(prefix + code, code.toString());
    }
}
