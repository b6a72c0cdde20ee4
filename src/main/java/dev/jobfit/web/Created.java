package dev.jobfit.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The answer to a POST that creates a resource: 201, the body, and the new resource's address in Location. */
public final class Created {

    private Created() {
    }

    /**
     * @param uri the request's URI information
     * @param collection the collection's path from the application root, e.g. {@code api/v1/postings}
     * @param id the new resource's id
     * @param body what to answer with
     */
    public static <T> RestResponse<T> at(UriInfo uri, String collection, UUID id, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(body).build();
    }
}
