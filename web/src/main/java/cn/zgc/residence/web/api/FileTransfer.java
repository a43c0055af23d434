package cn.zgc.residence.web.api;

import cn.zgc.residence.web.observe.RequestIdLogging;
import cn.zgc.residence.web.pages.Lang;
import cn.zgc.residence.web.session.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A dossier item's files, streamed between the page and documents-service's file routes through the gateway (the
 * REST client would hold a whole file in memory): the upload from the file the page received, the download back
 * to the page. The same token, language and request id as every API call, and the page's traceparent (this client
 * has no instrumentation of its own); an error answer becomes an {@link ApiProblem}.
 */
@RequestScoped
public class FileTransfer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

    private final String gateway;
    private final CurrentUser user;
    private final Lang lang;
    private final OpenTelemetry telemetry;

    public FileTransfer(@ConfigProperty(name = "quarkus.rest-client.gateway.url") String gateway, CurrentUser user,
            Lang lang, OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.user = user;
        this.lang = lang;
    }

    /** A file to show: its type, length and bytes, streamed. */
    public record Download(String mediaType, long length, InputStream content) {
    }

    /** Uploads the file the page received to the item; answers the stored file (its checks included). */
    public Map<String, Object> upload(String dossierId, String code, Path file, String name, String mediaType) {
        StringBuilder url = new StringBuilder(itemFiles(dossierId, code));
        if (name != null && !name.isBlank()) {
            url.append("?name=").append(URLEncoder.encode(name.strip(), StandardCharsets.UTF_8));
        }
        try {
            HttpRequest request = request(URI.create(url.toString()))
                    .header("Content-Type", mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<InputStream> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                byte[] bytes = body.readAllBytes();
                if (answer.statusCode() >= 400) {
                    throw problem(answer.statusCode(), bytes);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> stored = JSON.readValue(bytes, Map.class);
                return stored;
            }
        } catch (IOException e) {
            throw new jakarta.ws.rs.ProcessingException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new jakarta.ws.rs.ProcessingException(e);
        }
    }

    /** The file's bytes as documents-service keeps them, streamed. */
    public Download download(String dossierId, String code, String fileId) {
        if (!ID.matcher(fileId).matches()) {
            throw new ApiProblem(404, "Not Found", null, List.of());
        }
        try {
            HttpRequest request = request(URI.create(itemFiles(dossierId, code) + "/" + fileId)).GET().build();
            HttpResponse<InputStream> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() >= 400) {
                try (InputStream body = answer.body()) {
                    throw problem(answer.statusCode(), body.readAllBytes());
                }
            }
            return new Download(answer.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                    answer.headers().firstValueAsLong("Content-Length").orElse(-1), answer.body());
        } catch (IOException e) {
            throw new jakarta.ws.rs.ProcessingException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new jakarta.ws.rs.ProcessingException(e);
        }
    }

    private String itemFiles(String dossierId, String code) {
        // only ids and codes go into the path: anything else is no such file
        if (!ID.matcher(dossierId).matches() || !CODE.matcher(code).matches()) {
            throw new ApiProblem(404, "Not Found", null, List.of());
        }
        return gateway + "/api/v1/dossiers/" + dossierId + "/items/" + code + "/files";
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", lang.code());
        user.get().ifPresent(who -> builder.header("Authorization", "Bearer " + who.token()));
        String requestId = RequestIdLogging.current();
        if (requestId != null) {
            builder.header(RequestIdLogging.HEADER, requestId);
        }
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), builder,
                (carrier, name, value) -> carrier.header(name, value));
        return builder;
    }

    private static ApiProblem problem(int status, byte[] body) {
        return ApiProblemMapper.fromBody(status, new String(body, StandardCharsets.UTF_8));
    }
}
