package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.session.CurrentUser;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;

/** Renders a page with what every page shows: texts, language, formats, the person signed in. */
@RequestScoped
public class Page {

    private final Engine engine;
    private final Texts texts;
    private final Lang lang;
    private final CurrentUser user;

    public Page(Engine engine, Texts texts, Lang lang, CurrentUser user) {
        this.engine = engine;
        this.texts = texts;
        this.lang = lang;
        this.user = user;
    }

    /** The template {@code name} with the common data and the given name/value pairs. */
    public TemplateInstance render(String name, String path, Object... data) {
        TemplateInstance page = engine.getTemplate(name).instance()
                .data("t", texts.of(lang.code()))
                .data("label", new Labels(texts.of(lang.code())))
                .data("lang", lang)
                .data("fmt", new Fmt(lang.locale()))
                .data("user", user.get().orElse(null))
                .data("path", path)
                .data("section", section(path))
                .data("switchUrl", "/web/language?to=" + lang.other() + "&back="
                        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < data.length; i += 2) {
            page.data((String) data[i], data[i + 1]);
        }
        return page;
    }

    private static String section(String path) {
        if (path.startsWith("/web/partner/checklist")) {
            return "checklist";
        }
        if (path.startsWith("/web/partner")) {
            return "partner";
        }
        if (path.startsWith("/web/halls") || path.startsWith("/web/console/halls")) {
            return "halls";
        }
        if (path.startsWith("/web/console/payments")) {
            return "payments";
        }
        if (path.startsWith("/web/console")) {
            return "worklist";
        }
        return path.startsWith("/web/committee") ? "committee" : "";
    }

    /** The person signed in with one of the roles; anyone else is sent to the sign-in page. */
    public SignedIn require(String... roles) {
        SignedIn who = user.get().orElseThrow(SignInRequired::new);
        if (Arrays.stream(roles).noneMatch(who.role()::equals)) {
            throw new WrongRole();
        }
        return who;
    }

    public String text(String key) {
        return texts.of(lang.code()).getOrDefault(key, key);
    }

    /** Nobody is signed in: answered with a redirect to the sign-in page. */
    public static final class SignInRequired extends RuntimeException {
        SignInRequired() {
            super(null, null, false, false);
        }
    }

    /** Signed in, but these pages are for another role: answered 403 with a page. */
    public static final class WrongRole extends RuntimeException {
        WrongRole() {
            super(null, null, false, false);
        }
    }
}
