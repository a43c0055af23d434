package cn.zgc.residence.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns an API error answer into an {@link ApiProblem} with the problem's title, detail and field errors. */
public class ApiProblemMapper implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException e) {
            body = null;
        }
        return fromBody(response.getStatus(), body);
    }

    /** The problem an error answer's body (problem+json, or anything else) describes. */
    public static ApiProblem fromBody(int status, String body) {
        String title = "HTTP " + status;
        String detail = null;
        List<String> fields = new ArrayList<>();
        try {
            JsonNode problem = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            title = problem.path("title").asText(title);
            detail = problem.path("detail").asText(null);
            for (JsonNode error : problem.path("errors")) {
                fields.add(error.path("field").asText() + ": " + error.path("message").asText());
            }
        } catch (Exception e) {
            // not problem+json (a proxy's page, say): the status says enough
        }
        return new ApiProblem(status, title, detail, fields);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
