package cn.zgc.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.web.pages.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string a page shows exists in both languages. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyThePagesUse() throws IOException {
        Texts texts = new Texts();
        assertThat(texts.of("zh").keySet()).isEqualTo(texts.of("en").keySet());
        TreeSet<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\\{t\\.([A-Za-z_]+)");
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    if (!m.group(1).equals("get")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(texts.of("en").keySet()).containsAll(used);
        assertThat(texts.of("zh").values()).noneMatch(String::isBlank);
    }
}
