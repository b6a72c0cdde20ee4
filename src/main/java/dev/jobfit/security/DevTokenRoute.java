package dev.jobfit.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.web.Problem;
import dev.jobfit.web.ProblemType;
import dev.jobfit.web.Problems;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Hides the development token endpoint when development tokens are disabled: every request to its path gets
 * the same 404 problem as a path that does not exist, whatever the method, so production does not even reveal it.
 */
@ApplicationScoped
public class DevTokenRoute {

    private final AuthConfig config;
    private final ObjectMapper json;

    DevTokenRoute(AuthConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        if (!config.devTokens().enabled()) {
            router.route(DevTokenResource.PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::notFound);
            router.route(DevTokenResource.PATH + "/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::notFound);
        }
    }

    private void notFound(RoutingContext context) {
        String path = context.request().path();
        Problem problem = Problem.of(ProblemType.NOT_FOUND, "There is no resource at " + path + ".", path);
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
