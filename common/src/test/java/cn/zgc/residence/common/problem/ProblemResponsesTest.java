package cn.zgc.residence.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void givesAChangingOperationWithAPathParameterEveryStandardProblemAnswer() {
        Operation op = OASFactory.createOperation()
                .parameters(List.of(OASFactory.createParameter().name("id").in(Parameter.In.PATH)))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Done"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Not in this state")));
        APIResponses responses = filtered("/api/v1/dossiers/{id}/submission", op).getResponses();

        assertThat(responses.getAPIResponses().keySet())
                .containsExactlyInAnyOrder("200", "400", "401", "403", "404", "409", "413", "415");
        assertThat(responses.getAPIResponse("409").getDescription()).isEqualTo("Not in this state");
        for (String status : List.of("400", "401", "403", "404", "409", "413", "415")) {
            assertThat(responses.getAPIResponse(status).getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                    .as(status).isEqualTo("#/components/schemas/Problem");
        }
        assertThat(responses.getAPIResponse("200").getContent()).isNull();
    }

    @Test
    void aReadWithoutParametersGetsOnlyTheSecurityAnswers() {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The list"))
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));
        APIResponses responses = filtered("/api/v1/halls", op).getResponses();

        assertThat(responses.getAPIResponses().keySet()).containsExactlyInAnyOrder("200", "401", "403");
        assertThat(responses.getAPIResponse("401").getDescription()).isEqualTo("No valid bearer token");
    }

    @Test
    void aPublicOperationOutsideTheApiGetsNoSecurityAnswersAndNoNotFound() {
        Operation op = OASFactory.createOperation().security(List.of())
                .parameters(List.of(OASFactory.createParameter().name("number").in(Parameter.In.PATH)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The letter's standing")));
        APIResponses responses = filtered("/verify/letters/{number}", op).getResponses();

        assertThat(responses.getAPIResponses().keySet()).containsExactlyInAnyOrder("200", "400");
    }

    @Test
    void everyResponseHeaderGetsASchemaAndTheProblemSchemaIsDefinedOnce() {
        APIResponse created = OASFactory.createAPIResponse().description("Stored")
                .addHeader("Location", OASFactory.createHeader().description("Its URL"));
        Operation op = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("201", created));
        OpenAPI document = document("/api/v1/assessments", op);
        new ProblemResponses().filterOpenAPI(document);

        assertThat(created.getHeaders().get("Location").getSchema()).isNotNull();
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
        assertThat(document.getComponents().getSchemas().get("Problem").getRequired())
                .containsExactly("type", "title", "status");
    }

    private static Operation filtered(String path, Operation op) {
        new ProblemResponses().filterOpenAPI(document(path, op));
        return op;
    }

    private static OpenAPI document(String path, Operation op) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().POST(op)));
    }
}
