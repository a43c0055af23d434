package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.eligibility.api.LetterCheckView;
import cn.zgc.residence.eligibility.service.LetterRegister;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public check a letter's QR code opens: no token, no personal data. */
@Path("/verify/letters")
@Tag(name = "Letter check", description = "Anyone holding a recommendation letter checks it against the register")
public class LetterVerificationResource {

    private final LetterRegister register;

    public LetterVerificationResource(LetterRegister register) {
        this.register = register;
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @PermitAll
    @SecurityRequirements // none: "security: []" in the document
    @Operation(operationId = "verifyLetter", summary = "Check a recommendation letter",
            description = "Public, without a token. VALID or REVOKED (with the day) for a letter number with its "
                    + "verification code as printed in the letter's QR code; UNKNOWN for anything else, a wrong code "
                    + "as much as a number never issued. Answers from the register, so a revocation shows at once. "
                    + "Never names the applicant or the partner. A browser (Accept: text/html first) gets the same "
                    + "answer as a small bilingual page.")
    @APIResponse(responseCode = "200", description = "The letter's standing (UNKNOWN included)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterCheckView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Not of the form of a letter number or of a verification code")
    public Response check(
            @Parameter(description = "The letter number, ZGC-<year>-<6 digits>", example = "ZGC-2026-000042")
            @PathParam("number") String number,
            @Parameter(description = "The verification code printed in the letter's QR code")
            @QueryParam("code") String code,
            @Context HttpHeaders headers) {
        LetterCheckView check = register.check(number, code);
        if (wantsPage(headers)) {
            return Response.ok(LetterCheckPage.html(check), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", LetterCheckPage.CONTENT_SECURITY_POLICY)
                    .build();
        }
        return Response.ok(check, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A page only for a client that names HTML before JSON (a browser); API clients and wildcards get JSON. */
    private static boolean wantsPage(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
