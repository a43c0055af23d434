package cn.zgc.residence.journey.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.journey.RunningSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document the gateway serves, linted with Spectral's own {@code spectral:oas} ruleset (the pinned
 * Spectral of tools/node, which the build installs; a missing checker fails, it never skips). Any finding of
 * severity warning or above fails the build: the document is kept lint clean, and the report is printed.
 */
class ContractLintIT {

    @Test
    void theMergedOpenApiDocumentHasNoSpectralErrorsOrWarnings() throws Exception {
        Path root = Path.of(System.getProperty("zgc.root", "..")).toAbsolutePath().normalize();
        Path spectral = root.resolve("tools/node/node_modules/.bin/spectral");
        assertThat(Files.isExecutable(spectral)).as("%s: run tools/node/ensure (the build does)", spectral).isTrue();
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RunningSet.get().gatewayUrl() + "/openapi")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        Path dir = Files.createTempDirectory("merged-openapi");
        Path document = dir.resolve("openapi.yaml");
        Files.writeString(document, served.body());
        Path report = dir.resolve("spectral.txt");
        Process lint = new ProcessBuilder(spectral.toString(), "lint", "--fail-severity=warn", "--ruleset",
                root.resolve("tools/node/spectral-openapi.yaml").toString(), document.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(report);
        System.out.println("Spectral (spectral:oas) on the merged OpenAPI document:\n" + output);
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
