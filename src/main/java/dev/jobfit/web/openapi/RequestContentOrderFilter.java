package dev.jobfit.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Lists the request content types of an operation in a fixed order: a file upload first, then JSON, then raw
 * text. Several resource methods share one OpenAPI operation when they differ only in what they consume, and code
 * generators (openapi-generator among them) build an operation's client method from its first request content type
 * alone; this order decides which form generated clients send, where it would otherwise follow the order in which
 * the scanner happened to meet the methods.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestContentOrderFilter implements OASFilter {

    /** Most useful to a generated client first; types not listed keep their order, after these. */
    static final List<String> ORDER = List.of(MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON,
            "application/merge-patch+json", MediaType.TEXT_PLAIN, MediaType.TEXT_HTML);

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        Content content = requestBody.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().size() < 2) {
            return requestBody;
        }
        List<Map.Entry<String, org.eclipse.microprofile.openapi.models.media.MediaType>> entries =
                new ArrayList<>(content.getMediaTypes().entrySet());
        entries.sort(Comparator.comparingInt(entry -> rank(entry.getKey())));
        Content ordered = OASFactory.createContent();
        entries.forEach(entry -> ordered.addMediaType(entry.getKey(), entry.getValue()));
        requestBody.setContent(ordered);
        return requestBody;
    }

    private static int rank(String mediaType) {
        int rank = ORDER.indexOf(mediaType);
        return rank < 0 ? ORDER.size() : rank;
    }
}
