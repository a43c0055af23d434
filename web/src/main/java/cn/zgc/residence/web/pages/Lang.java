package cn.zgc.residence.web.pages;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The page's language: the person's choice (cookie {@value #COOKIE}, set by the switch on every page), else the
 * browser's Accept-Language, else Chinese. The same language goes to the API as Accept-Language.
 */
@RequestScoped
@io.quarkus.qute.TemplateData
public class Lang {

    public static final String COOKIE = "zgc_lang";

    private final String code;

    public Lang(CurrentVertxRequest request) {
        String chosen = null;
        String accept = null;
        if (request.getCurrent() != null) {
            Cookie cookie = request.getCurrent().request().getCookie(COOKIE);
            chosen = cookie == null ? null : cookie.getValue();
            accept = request.getCurrent().request().getHeader("Accept-Language");
        }
        this.code = of(chosen).orElse(accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh");
    }

    /** en or zh, if the value is one of them. */
    public static java.util.Optional<String> of(String value) {
        return "en".equals(value) || "zh".equals(value) ? java.util.Optional.of(value) : java.util.Optional.empty();
    }

    public String code() {
        return code;
    }

    public String other() {
        return "en".equals(code) ? "zh" : "en";
    }

    /** The value of the html element's lang attribute. */
    public String html() {
        return "en".equals(code) ? "en" : "zh-CN";
    }

    /** The other language's own name, for the switch. */
    public String otherName() {
        return "en".equals(code) ? "中文" : "English";
    }

    public Locale locale() {
        return "en".equals(code) ? Locale.UK : Locale.SIMPLIFIED_CHINESE;
    }
}
