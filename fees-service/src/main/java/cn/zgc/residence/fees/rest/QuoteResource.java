package cn.zgc.residence.fees.rest;

import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.fees.api.QuoteRequest;
import cn.zgc.residence.fees.api.QuoteView;
import cn.zgc.residence.fees.service.QuoteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Tag(name = "Quotes", description = "Itemised prices of services as of a date")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createQuote", summary = "Price services as of a date",
            description = "A calculation, not stored: the same request gives the same answer whenever it is asked, since versions never change the past.")
    @APIResponse(responseCode = "200", description = "The itemised quote with its total and schedule version")
    @APIResponse(responseCode = "400", description = "An unknown service code, an impossible date or a currency other than CNY")
    @APIResponse(responseCode = "422", description = "No fee schedule is in force on the date")
    public QuoteView quote(@Valid @NotNull QuoteRequest request) {
        return quotes.quote(request);
    }
}
