package cn.zgc.residence.web;

import cn.zgc.residence.web.pages.Page;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test only: a page rendered from a fixture, the services' answers in their documented shape
 * (src/test/resources/fixtures/NAME.json: the template, its path and its data), inside a real request with the
 * session, the language, CSRF and the security headers, as the pages render them with the gateway's answers.
 */
@Path("/web/test-render")
public class TemplatePreview {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Page page;

    public TemplatePreview(Page page) {
        this.page = page;
    }

    @GET
    @Path("/{fixture}")
    @Produces(MediaType.TEXT_HTML)
    @SuppressWarnings("unchecked")
    public TemplateInstance render(@PathParam("fixture") String fixture) throws IOException {
        try (InputStream in = TemplatePreview.class.getResourceAsStream("/fixtures/" + fixture + ".json")) {
            Map<String, Object> spec = JSON.readValue(in, Map.class);
            List<Object> data = new ArrayList<>();
            ((Map<String, Object>) spec.get("data")).forEach((k, v) -> {
                data.add(k);
                data.add(v);
            });
            return page.render((String) spec.get("template"), (String) spec.get("path"), data.toArray());
        }
    }
}
