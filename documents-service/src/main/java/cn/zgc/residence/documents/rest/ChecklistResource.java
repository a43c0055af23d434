package cn.zgc.residence.documents.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.api.ChecklistRequest;
import cn.zgc.residence.documents.api.ChecklistView;
import cn.zgc.residence.documents.service.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/checklists")
@Tag(name = "Checklists", description = "What an applicant must bring, personalised")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    private final CatalogueService catalogue;

    public ChecklistResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @POST
    @Operation(operationId = "personaliseChecklist", summary = "Personalise the list of materials from the applicant's facts (nothing is stored)",
            description = "From the applicant's facts (track, employer, the languages of the documents), the materials the "
                    + "application needs, each with the reason it applies, the Points for Attention and any condition "
                    + "that blocks the application. Nothing is stored; a dossier's own checklist is personalised by PUT"
                    + " /api/v1/dossiers/{id}/facts.")
    @APIResponse(responseCode = "200", description = "Items with the reason each applies, Points for Attention, blocking conditions")
    @APIResponse(responseCode = "400", description = "A fact is missing, of the wrong type or contradicts another")
    public ChecklistView personalise(@NotNull @Valid ChecklistRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return catalogue.checklistView(request.facts(), request.asOf(), Language.of(language));
    }
}
