package cn.zgc.residence.journey.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.journey.RunningSet;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document the gateway serves, linted with Spectral's own {@code spectral:oas} ruleset (the pinned
 * Spectral of tools/node, which the build installs; a missing checker fails, it never skips). Any finding of
 * severity warning or above fails the build: the document is kept lint clean, and the report is printed. Every JSON
 * request body has an example, and the document's own schema accepts it.
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

    @Test
    void everyJsonRequestBodyHasAnExampleItsSchemaAccepts() {
        String gateway = RunningSet.get().gatewayUrl();
        ApiDocument merged = ApiDocument.merged(gateway);
        String document = Http.send("GET", gateway + "/openapi?format=json", null, null, Map.of()).body();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        // only the body is checked here: no token, and the path values are placeholders
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.body", ValidationReport.Level.ERROR)
                        .build())
                .build();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ApiDocument.Operation op : merged.operations()) {
            if (!op.hasBody() || op.bodySchema() == null) {
                continue; // no body, or only binary ones (the file uploads)
            }
            if (op.example() == null) {
                failures.add(op.key() + ": no example");
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
            ValidationReport report = validator.validateRequest(new SimpleRequest.Builder(op.method(), path)
                    .withContentType("application/json").withBody(op.example().toString()).build());
            if (report.hasErrors()) {
                failures.add(op.key() + ": " + report.getMessages());
            }
            checked++;
        }
        assertThat(failures).as("request body examples").isEmpty();
        assertThat(checked).as("operations with a JSON body").isGreaterThan(25);
    }
}
