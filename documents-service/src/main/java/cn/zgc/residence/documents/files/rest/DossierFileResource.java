package cn.zgc.residence.documents.files.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.files.api.FileView;
import cn.zgc.residence.documents.files.service.DossierFiles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The files of a dossier item: one request per file, the file itself as the body (streamed to disk, never into
 * memory). The owning partner uploads, replaces and removes; the owner and immigration officers list and download.
 */
@Path("/api/v1/dossiers/{id}/items/{code}/files")
@Tag(name = "Dossier files", description = "The pages and photos of a dossier's items, encrypted at rest and checked")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DossierFileResource {

    private static final String PDF = "application/pdf";
    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    private final DossierFiles files;
    private final Caller caller;

    public DossierFileResource(DossierFiles files, Caller caller) {
        this.files = files;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadFile", summary = "Upload one file (a PDF, or a page or photo as JPEG or PNG) to an item of the caller's dossier",
            description = "The partner's file for one checklist item of its dossier, while the dossier still changes. The "
                    + "type is detected from the bytes; the file is measured (pages, size, resolution) and checked "
                    + "against the item's rules, stored encrypted with its SHA-256, and recorded in the dossier's "
                    + "history.")
    @RequestBody(required = true, description = "The file's bytes; the type is detected from them"
            + " (application/octet-stream names none; a Content-Type naming another type than the content's is"
            + " refused)", content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "400", description = "An empty body or a name that is a path")
    @APIResponse(responseCode = "404", description = "No such dossier of the caller, or no such document type")
    @APIResponse(responseCode = "409", description = "The dossier no longer changes")
    @APIResponse(responseCode = "413", description = "The file, or the dossier's files together, are too large")
    @APIResponse(responseCode = "415", description = "The content is not PDF, JPEG or PNG, not a type this item takes, or not the type it is labelled")
    @APIResponse(responseCode = "422", description = "Not on the checklist, or a file refused: encrypted or active PDF, unreadable, too many pixels or pages")
    public Response upload(@PathParam("id") UUID id, @PathParam("code") String code,
            @Parameter(description = "A label for the file (not a path), at most 120 characters") @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, InputStream body, @Context UriInfo uri) {
        FileView file = files.upload(id, code, body, name, contentType, caller, Language.of(language));
        return Response.created(uri.getAbsolutePathBuilder().path(file.id().toString()).build()).entity(file).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "listFiles", summary = "List an item's files, each with its checks",
            description = "The files of one checklist item, oldest first, each with its type, size, SHA-256 and the outcome"
                    + " of its checks. The partner sees its own dossier's files, immigration every dossier's.")
    @APIResponse(responseCode = "200", description = "The files, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FileView.class)))
    @APIResponse(responseCode = "404", description = "No such dossier of the caller, or no such document type")
    @APIResponse(responseCode = "422", description = "The item is not on the dossier's checklist")
    public List<FileView> list(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return files.list(id, code, caller, Language.of(language));
    }

    @GET
    @Path("{fileId}")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Produces({PDF, JPEG, PNG, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadFile", summary = "Download a file: its bytes as uploaded, decrypted and checked against its SHA-256",
            description = "The file's bytes as they were uploaded, decrypted and checked against the SHA-256 recorded at "
                    + "upload; Repr-Digest carries that digest. The partner reads its own dossier's files, immigration "
                    + "every dossier's.")
    @APIResponse(responseCode = "200", description = "The file; Repr-Digest carries its SHA-256", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such dossier of the caller, document type or file")
    @APIResponse(responseCode = "409", description = "The stored file is damaged (problem type file-damaged: its digest"
            + " or decryption failed, or it is lost): it is marked, and the partner uploads it again")
    @APIResponse(responseCode = "422", description = "The item is not on the dossier's checklist")
    @APIResponse(responseCode = "503", description = "The file store cannot be read now")
    public Response download(@PathParam("id") UUID id, @PathParam("code") String code,
            @PathParam("fileId") UUID fileId) {
        DossierFiles.Download download = files.download(id, code, fileId, caller);
        FileView file = download.file();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        String extension = file.mediaType().substring(file.mediaType().indexOf('/') + 1).replace("jpeg", "jpg");
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.id() + "." + extension + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(file.sha256())) + ":")
                .header(HttpHeaders.CONTENT_LENGTH, file.sizeBytes())
                .build();
    }

    @PUT
    @Path("{fileId}")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replaceFile", summary = "Replace a file by another (its id stays; the replacement is in the dossier's history)",
            description = "Puts new bytes in place of a file while the dossier still changes; the file keeps its id, the "
                    + "new bytes are checked like an upload, and the replacement is recorded in the dossier's history.")
    @RequestBody(required = true, description = "The new file's bytes", content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    @APIResponse(responseCode = "400", description = "An empty body or a name that is a path")
    @APIResponse(responseCode = "404", description = "No such dossier of the caller, document type or file")
    @APIResponse(responseCode = "409", description = "The dossier no longer changes")
    @APIResponse(responseCode = "413", description = "The file, or the dossier's files together, are too large")
    @APIResponse(responseCode = "415", description = "The content is not a type this item takes, or not the type it is labelled")
    @APIResponse(responseCode = "422", description = "Not on the checklist, or a file refused")
    public FileView replace(@PathParam("id") UUID id, @PathParam("code") String code, @PathParam("fileId") UUID fileId,
            @QueryParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, InputStream body) {
        return files.replace(id, code, fileId, body, name, contentType, caller, Language.of(language));
    }

    @DELETE
    @Path("{fileId}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "removeFile", summary = "Remove a file (the removal is in the dossier's history)",
            description = "Removes one of the partner's files while the dossier still changes; the removal is recorded in "
                    + "the dossier's history.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such dossier of the caller, document type or file")
    @APIResponse(responseCode = "409", description = "The dossier no longer changes")
    @APIResponse(responseCode = "422", description = "The item is not on the dossier's checklist")
    public void remove(@PathParam("id") UUID id, @PathParam("code") String code, @PathParam("fileId") UUID fileId) {
        files.remove(id, code, fileId, caller);
    }
}
