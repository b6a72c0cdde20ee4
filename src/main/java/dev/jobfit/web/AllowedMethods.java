package dev.jobfit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each resource path accepts, for the {@code Allow} header that a 405 answer must
 * carry (RFC 9110, section 15.5.6). The framework rejects the method but does not say which ones exist.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^{}]*(?:\\{[^{}]*}[^{}]*)*))?}");

    private record Route(Pattern path, Set<String> methods) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, new AnnotationLiteral<jakarta.enterprise.inject.Any>() {
        })) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath != null) {
                index(classPath.value(), type);
            }
        }
    }

    private void index(String classPath, Class<?> type) {
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            Pattern pattern = compile(template);
            Route route = routes.stream().filter(r -> r.path.pattern().equals(pattern.pattern())).findFirst()
                    .orElseGet(() -> {
                        Route created = new Route(pattern, new TreeSet<>());
                        routes.add(created);
                        return created;
                    });
            route.methods.add(httpMethod);
            if (httpMethod.equals(HttpMethod.GET)) {
                route.methods.add(HttpMethod.HEAD);
            }
        }
    }

    /** The methods accepted on {@code path}, comma-separated; empty when no resource serves it. */
    public String forPath(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path.matcher(path).matches()) {
                methods.addAll(route.methods);
            }
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return String.join(", ", methods);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start())));
            regex.append('(').append(matcher.group(1) == null ? "[^/]+" : matcher.group(1).strip()).append(')');
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
