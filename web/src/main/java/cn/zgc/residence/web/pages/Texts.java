package cn.zgc.residence.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Every string of the pages in English and Chinese (i18n/en.properties, i18n/zh.properties, UTF-8). */
@ApplicationScoped
public class Texts {

    private final Map<String, Map<String, String>> byLanguage = Map.of("en", load("en"), "zh", load("zh"));

    public Map<String, String> of(String language) {
        return byLanguage.get(language);
    }

    private static Map<String, String> load(String language) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/i18n/" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/" + language + ".properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return Collections.unmodifiableMap(texts);
    }
}
