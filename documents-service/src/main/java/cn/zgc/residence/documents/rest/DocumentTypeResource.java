package cn.zgc.residence.documents.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.api.DocumentTypeView;
import cn.zgc.residence.documents.service.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/document-types")
@Tag(name = "Document types", description = "The materials of the procedure and their rules")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTypeResource {

    private final CatalogueService catalogue;

    public DocumentTypeResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "listDocumentTypes", summary = "List the document types in effect on a date, with their rule parameters",
            description = "The catalogue of document types with the rule parameters each is checked against (issuers, how "
                    + "old it may be, the presentation asked for), as in effect on asOf (today in Beijing by default), "
                    + "in English or Chinese by Accept-Language.")
    @APIResponse(responseCode = "200", description = "The catalogue, in English or Chinese by Accept-Language")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    public List<DocumentTypeView> list(
            @Parameter(description = "The date whose rules apply; default today (Asia/Shanghai)") @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return catalogue.types(asOf, Language.of(language));
    }
}
