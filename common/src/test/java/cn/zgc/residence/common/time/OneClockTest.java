package cn.zgc.residence.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "now" and "today" in the services' main code reads the one injected clock ({@link BusinessClock}), so that a
 * test can set the time: a call to {@code now()} without an argument, or with a zone instead of the clock, fails
 * this test, and so does a second definition of the business zone. The gateway and the web module do not depend
 * on common and keep the zone for their own formatting; they are scanned for calls all the same.
 */
class OneClockTest {

    private static final Pattern NOW = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Year|YearMonth)\\.now\\(([^)]*)\\)");
    private static final Pattern ZONE_DEFINITION = Pattern.compile("ZoneId\\.of\\(\"Asia/Shanghai\"\\)");

    @Test
    void mainCodeReadsTimeOnlyFromTheInjectedClock() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : mainSources()) {
            String code = Files.readString(file);
            Matcher m = NOW.matcher(code);
            while (m.find()) {
                String argument = m.group(2).trim();
                if (!argument.equals("clock") && !argument.equals("this.clock")) {
                    offences.add(file + ": " + m.group());
                }
            }
        }
        assertThat(offences).as("calls that bypass the injected clock").isEmpty();
    }

    @Test
    void theBusinessZoneIsDefinedOncePerDeployable() throws IOException {
        List<String> definitions = new ArrayList<>();
        for (Path file : mainSources()) {
            if (ZONE_DEFINITION.matcher(Files.readString(file)).find()) {
                definitions.add(root().relativize(file).toString().split("/", 2)[0]);
            }
        }
        assertThat(definitions).as("modules defining the Asia/Shanghai zone").containsExactlyInAnyOrder(
                "common", "gateway", "web");
    }

    private static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root())) {
            for (Path module : modules.toList()) {
                if (module.getFileName().toString().equals("test-support")) {
                    continue; // code for tests only: its tokens must be valid on the services' real clock
                }
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> walk = Files.walk(main)) {
                        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
            }
        }
        assertThat(files).as("main sources found under " + root()).hasSizeGreaterThan(100);
        return files;
    }
}
