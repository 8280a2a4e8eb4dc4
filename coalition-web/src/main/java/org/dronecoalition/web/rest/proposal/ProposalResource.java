package org.dronecoalition.web.rest.proposal;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.proposal.DocumentUpload;
import org.dronecoalition.domain.proposal.ProposalDocument;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.rest.problem.Problem;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sealed proposals. A proposal the caller may not see answers 404, exactly like one that does not
 * exist, so that not even its existence is revealed.
 */
@ApplicationScoped
@Path("proposals")
@Tag(name = "Proposals", description = "Sealed proposals, their documents and submission receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({MANUFACTURER})
    @Operation(operationId = "listMyProposals", summary = "Your company's proposals, latest change first "
            + "(manufacturer)")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    public PageView<ProposalView> mine(
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(proposals.mine(actor.get(), QueryParams.page(page, size)), l -> ProposalView.of(l, true));
    }

    @GET
    @Path("{id}")
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "getProposal", summary = "One proposal: for its authors always; for the CSO and member "
            + "representatives once the deadline has passed; for anyone else it does not exist")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public ProposalView get(@PathParam("id") long id) {
        return ProposalView.of(proposals.get(actor.get(), id));
    }

    @PUT
    @Path("{id}")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "reviseProposal", summary = "Change the working copy before the deadline (authors); "
            + "a submitted proposal counts as submitted until it is submitted again")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public ProposalView revise(@PathParam("id") long id, @NotNull @Valid Offer body) {
        if (body.version == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return ProposalView.of(proposals.revise(actor.get(), id, body.version, body.terms()));
    }

    @POST
    @Path("{id}/submission")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "submitProposal", summary = "Submit (or resubmit) before the deadline (authors); each "
            + "submission is a new version and the last counts. After the deadline: 409 naming it. "
            + "Safe to retry with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The receipt",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    public Response submit(@PathParam("id") long id, @NotNull @Valid ProposalAction body,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retry return the first receipt")
            String idempotencyKey, @Context UriInfo uri) {
        ReceiptView receipt = ReceiptView.of(proposals.submit(actor.get(), idempotencyKey, id, body.version));
        return Response.created(uri.getBaseUriBuilder().path("proposals").path(String.valueOf(id)).path("receipts")
                .build()).entity(receipt).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a submitted proposal before the deadline "
            + "(authors); it will not be opened")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public ProposalView withdraw(@PathParam("id") long id, @NotNull @Valid ProposalAction body) {
        return ProposalView.of(proposals.withdraw(actor.get(), id, body.version));
    }

    @GET
    @Path("{id}/receipts")
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "listReceipts", summary = "Submission receipts: every version for the authors, the one "
            + "that counts for the coalition after the deadline")
    @APIResponse(responseCode = "200", description = "Receipts, oldest first",
            content = @Content(schema = @Schema(implementation = ReceiptView.class, type = SchemaType.ARRAY)))
    public List<ReceiptView> receipts(@PathParam("id") long id) {
        return proposals.receipts(actor.get(), id).stream().map(ReceiptView::of).toList();
    }

    @GET
    @Path("{id}/documents")
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "listDocuments", summary = "The documents: those attached now for the authors, those "
            + "sealed with the submission that counts for the coalition")
    @APIResponse(responseCode = "200", description = "Documents",
            content = @Content(schema = @Schema(implementation = DocumentView.class, type = SchemaType.ARRAY)))
    public List<DocumentView> documents(@PathParam("id") long id) {
        return ProposalView.of(proposals.get(actor.get(), id)).documents();
    }

    @POST
    @Path("{id}/documents")
    @Consumes({PDF, PNG, JPEG})
    @Allowed({MANUFACTURER})
    @Operation(operationId = "attachDocument", summary = "Attach a PDF, PNG or JPEG before the deadline (authors). "
            + "The body is the file; its content must be what Content-Type says. Size and count are limited "
            + "(by default 20 MB and 10 documents)")
    @RequestBody(required = true, content = {
        @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "411", description = "The Content-Length of the file is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("id") long id,
            @QueryParam("name") @Parameter(required = true, description = "The file name", example = "datasheet.pdf")
            String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body, @Context UriInfo uri) {
        Actor author = actor.get();
        proposals.requireAuthor(author, id);
        long limit = proposals.maxDocumentBytes();
        if (contentLength == null || !contentLength.matches("[0-9]{1,18}")) {
            return Problem.response(411, "Length Required", "Send the file with its Content-Length",
                    List.of(new Problem.FieldError("file", "the length is not declared")));
        }
        long length = Long.parseLong(contentLength);
        if (length > limit) {
            return Problem.response(413, "Content Too Large", "A document may have at most " + limit + " bytes",
                    List.of(new Problem.FieldError("file", "larger than " + limit + " bytes")));
        }
        MediaType type = MediaType.valueOf(contentType);
        ProposalDocument d = proposals.attach(author, id, name, type.getType() + "/" + type.getSubtype(),
                new DocumentUpload(body, length));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.getId())).build())
                .entity(DocumentView.of(d)).build();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({PDF, PNG, JPEG, MediaType.APPLICATION_JSON})
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "downloadDocument", summary = "Download a document, under the proposal's sealing rules")
    @APIResponse(responseCode = "200", description = "The file (PDF, PNG or JPEG as uploaded), with its SHA-256 in "
            + "the X-Content-SHA256 header", content = {@Content(mediaType = PDF), @Content(mediaType = PNG),
                @Content(mediaType = JPEG)})
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ProposalService.Download file = proposals.download(actor.get(), id, documentId);
        StreamingOutput bytes = file.content()::writeTo;
        return Response.ok(bytes, file.document().getMediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.document().getFileName()
                        .replace("\"", "_") + "\"")
                .header("X-Content-SHA256", file.document().getSha256())
                .build();
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "detachDocument", summary = "Remove a document before the deadline (authors); it stays "
            + "on record for the submissions that carried it")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response detach(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        proposals.detach(actor.get(), id, documentId);
        return Response.noContent().build();
    }
}
