package cn.zgc.residence.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml is valid for the AsyncAPI initiative's own parser (the pinned one of tools/node, which the build
 * installs): zero errors. A missing parser fails this test; it never skips.
 */
class AsyncApiParserTest {

    @Test
    void theEventsDocumentParsesWithoutErrors() throws Exception {
        Path tools = Path.of("..", "tools", "node").toAbsolutePath().normalize();
        assertThat(tools.resolve("node_modules/@asyncapi/parser")).as("run tools/node/ensure (the build does)")
                .isDirectory();
        Path output = Files.createTempFile("asyncapi", ".txt");
        Process parse = new ProcessBuilder("node", "asyncapi-validate.mjs",
                Path.of("..", "docs", "asyncapi.yaml").toAbsolutePath().normalize().toString())
                .directory(tools.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(parse.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String report = Files.readString(output);
        System.out.println("AsyncAPI parser on docs/asyncapi.yaml:\n" + report);
        assertThat(parse.exitValue()).as(report).isZero();
        assertThat(report).contains("0 errors");
    }
}
