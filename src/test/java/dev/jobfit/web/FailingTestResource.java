package dev.jobfit.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails with an unexpected exception, to exercise the 500 problem answer. */
@Path("/api/v1/test-only/failure")
public class FailingTestResource {

    static final String SECRET_MESSAGE = "connection string jdbc:secret://internal-host:5432";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET_MESSAGE);
    }
}
