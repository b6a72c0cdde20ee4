# syntax=docker/dockerfile:1
#
# jobfit container image (JVM mode, PostgreSQL build).
#
#   docker build -t registry.example.com/jobfit:0.1.0 .
#
# Stage 1 builds the Quarkus fast-jar with the Maven Wrapper; stage 2 is a plain JRE
# that holds nothing but target/quarkus-app. Tags are pinned so rebuilds are reproducible;
# bump them deliberately to pick up JDK security fixes.

########################################################################################
# Stage 1: build
########################################################################################
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency download below is cached as its own layer and
# only re-runs when pom.xml or the wrapper change, not on every source edit.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
# quarkus:go-offline resolves the runtime, deployment and test artifacts the Quarkus build
# needs; dependency:resolve-plugins adds the Maven plugins. (dependency:go-offline is not
# used: it also resolves optional transitive dependencies and fails on one that Quarkus
# does not publish.) The profile matches the package step below.
RUN ./mvnw -B -ntp -Ppostgresql quarkus:go-offline dependency:resolve-plugins

# Only src/ is an input. openapi/ is not copied: the prod build writes it
# (quarkus.smallrye-openapi.store-schema-directory) and the image does not need it.
COPY src/ src/
# -Ppostgresql: the datasource kind is fixed at build time, and Kubernetes runs against
# PostgreSQL. Not run with -o (offline), so anything the step above missed is still fetched.
RUN ./mvnw -B -ntp package -DskipTests -Ppostgresql

########################################################################################
# Stage 2: runtime
########################################################################################
FROM eclipse-temurin:17.0.15_6-jre

# Fixed numeric uid/gid so Kubernetes can verify runAsNonRoot (it cannot for user names)
# and k8s/base/deployment.yaml can pin runAsUser: 10001.
RUN groupadd --system --gid 10001 jobfit \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
      --shell /usr/sbin/nologin jobfit

WORKDIR /deployments

# The four parts of the fast-jar, least frequently changing first, so a code-only change
# re-pushes the small app/ layer and not the much larger lib/. Files stay owned by root:
# the app never writes here (the root filesystem is read-only in Kubernetes).
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/quarkus-run.jar /deployments/quarkus-run.jar
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 10001:10001

EXPOSE 8080

# JVM flags for a container:
#   MaxRAMPercentage=75    heap sized from the container memory limit, leaving room for
#                          metaspace, threads and direct buffers
#   ExitOnOutOfMemoryError die on OOM so the orchestrator restarts a clean JVM
#   java.io.tmpdir=/tmp    the only writable path (an emptyDir in Kubernetes)
#   quarkus.http.host      listen on all interfaces, not just loopback
# Add flags at run time with JAVA_OPTS_APPEND (e.g. -XX:+UseG1GC, -Xlog:gc), or replace
# the defaults wholesale with JAVA_OPTS.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

# The image runs the prod profile: set MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_PUBLICKEY_LOCATION (the
# identity provider's JWKS URL) or it refuses to start; see README.md, "Security".

# No HEALTHCHECK: the JRE image is not guaranteed to ship curl/wget, Kubernetes ignores
# Docker health checks anyway, and the Deployment probes /q/health/live and /q/health/ready.

# The shell only expands the variables; exec replaces it so the JVM is PID 1 and receives
# SIGTERM directly for a graceful shutdown.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
