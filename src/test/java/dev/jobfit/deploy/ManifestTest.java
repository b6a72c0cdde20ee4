package dev.jobfit.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Static checks of the deployment files: the Kubernetes manifests under {@code k8s/} and the
 * {@code Dockerfile}. Plain JUnit (no Quarkus, no cluster, no Docker): it parses the files and
 * checks that they agree with each other and with what the application needs.
 */
class ManifestTest {

    private static final Path ROOT = projectRoot();
    private static final Path K8S = ROOT.resolve("k8s");
    private static final Path BASE = K8S.resolve("base");
    private static final Path SECRET_EXAMPLE = BASE.resolve("secret.example.yaml");
    private static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
    private static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");

    private static final String APP_LABEL = "app.kubernetes.io/name";
    private static final List<String> DB_KEYS = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    // ------------------------------------------------------------------------------------
    // Kustomization and YAML validity
    // ------------------------------------------------------------------------------------

    @Test
    void everyYamlFileUnderK8sParsesAsKubernetesObjects() {
        List<Path> files = yamlFilesUnder(K8S);
        assertThat(files).as("YAML files under %s", K8S).isNotEmpty();
        for (Path file : files) {
            List<Map<String, Object>> docs = loadYaml(file);
            assertThat(docs).as("%s contains no YAML document", ROOT.relativize(file)).isNotEmpty();
            for (Map<String, Object> doc : docs) {
                assertThat(str(doc.get("apiVersion"))).as("apiVersion in %s", ROOT.relativize(file)).isNotBlank();
                assertThat(str(doc.get("kind"))).as("kind in %s", ROOT.relativize(file)).isNotBlank();
                if (!"Kustomization".equals(doc.get("kind"))) {
                    assertThat(str(at(doc, "metadata.name")))
                            .as("metadata.name of the %s in %s", doc.get("kind"), ROOT.relativize(file))
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void everyResourceListedInKustomizationExists() {
        List<String> resources = kustomizationResources();
        assertThat(resources).as("resources in k8s/base/kustomization.yaml").isNotEmpty();
        for (String resource : resources) {
            assertThat(BASE.resolve(resource))
                    .as("resource '%s' listed in k8s/base/kustomization.yaml", resource)
                    .exists();
        }
    }

    @Test
    void kustomizationAppliesDeploymentServiceConfigMapHpaAndPdb() {
        List<String> kinds = appliedResources().stream().map(r -> str(r.get("kind"))).collect(Collectors.toList());
        assertThat(kinds)
                .as("kinds of the resources listed in k8s/base/kustomization.yaml")
                .contains("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget");
    }

    @Test
    void secretExampleIsNotAppliedByKustomize() {
        assertThat(kustomizationResources())
                .as("k8s/base/kustomization.yaml must not list the example Secret (it holds placeholders)")
                .noneMatch(r -> r.contains("secret.example"));
        assertThat(appliedResources())
                .as("resources applied by kustomize must not include a Secret; it is created out of band")
                .noneMatch(r -> "Secret".equals(r.get("kind")));
    }

    @Test
    void kustomizeImageOverrideTargetsTheContainerImage() {
        List<Map<String, Object>> images = listOfMaps(kustomization(), "images");
        String image = str(container().get("image"));
        String imageName = image.replaceAll("[:@].*$", "");
        assertThat(images)
                .as("an 'images' entry in kustomization.yaml named like the container image '%s'", imageName)
                .anyMatch(i -> imageName.equals(i.get("name")));
    }

    // ------------------------------------------------------------------------------------
    // Deployment
    // ------------------------------------------------------------------------------------

    @Test
    void deploymentRunsAtLeastTwoReplicas() {
        Object replicas = at(deployment(), "spec.replicas");
        assertThat(replicas).as("Deployment spec.replicas (defaults to 1 when absent)").isInstanceOf(Integer.class);
        assertThat((Integer) replicas).as("Deployment spec.replicas").isGreaterThanOrEqualTo(2);
    }

    @Test
    void deploymentSelectorMatchesItsPodLabels() {
        Map<String, Object> selector = map(deployment(), "spec.selector.matchLabels");
        assertThat(selector).as("Deployment spec.selector.matchLabels").containsEntry(APP_LABEL, "jobfit");
        assertThat(podLabels()).as("pod template labels must satisfy the Deployment selector")
                .containsAllEntriesOf(selector);
        assertThat(map(deployment(), "metadata.labels")).as("Deployment labels").containsEntry(APP_LABEL, "jobfit");
    }

    @Test
    void containerExposesPort8080NamedHttp() {
        Map<String, Object> port = httpPort();
        assertThat(port.get("containerPort")).as("containerPort of the port named 'http'").isEqualTo(8080);
    }

    @Test
    void readinessProbeChecksQuarkusReadyEndpointOnTheContainerPort() {
        assertHttpProbe("readinessProbe", "/q/health/ready");
    }

    @Test
    void livenessProbeChecksQuarkusLiveEndpointOnTheContainerPort() {
        assertHttpProbe("livenessProbe", "/q/health/live");
    }

    @Test
    void startupProbeIfPresentChecksAHealthEndpointOnTheContainerPort() {
        Object probe = container().get("startupProbe");
        if (probe == null) {
            return; // optional
        }
        Map<String, Object> httpGet = map(asMap(probe, "startupProbe"), "httpGet");
        assertThat(str(httpGet.get("path"))).as("startupProbe path").startsWith("/q/health/");
        assertThat(refersTo(httpGet.get("port"), httpPort()))
                .as("startupProbe port %s must be the container port %s", httpGet.get("port"), httpPort())
                .isTrue();
    }

    @Test
    void containerHasCpuAndMemoryRequestsWithinLimits() {
        Map<String, Object> requests = map(container(), "resources.requests");
        Map<String, Object> limits = map(container(), "resources.limits");
        for (String resource : List.of("cpu", "memory")) {
            assertThat(requests).as("resources.requests").containsKey(resource);
            assertThat(limits).as("resources.limits").containsKey(resource);
        }
        assertThat(cpu(requests.get("cpu")))
                .as("cpu request %s must not exceed the limit %s", requests.get("cpu"), limits.get("cpu"))
                .isLessThanOrEqualTo(cpu(limits.get("cpu")));
        assertThat(bytes(requests.get("memory")))
                .as("memory request %s must not exceed the limit %s", requests.get("memory"), limits.get("memory"))
                .isLessThanOrEqualTo(bytes(limits.get("memory")));
    }

    @Test
    void containerRunsAsNonRootWithReadOnlyRootFilesystem() {
        Map<String, Object> pod = optionalMap(podSpec(), "securityContext");
        Map<String, Object> ctr = optionalMap(container(), "securityContext");
        assertThat(effective(ctr, pod, "runAsNonRoot")).as("securityContext.runAsNonRoot").isEqualTo(true);
        Object uid = effective(ctr, pod, "runAsUser");
        assertThat(uid).as("securityContext.runAsUser must be a numeric non-root uid").isInstanceOf(Integer.class);
        assertThat((Integer) uid).as("securityContext.runAsUser").isPositive();
        assertThat(ctr.get("readOnlyRootFilesystem")).as("container securityContext.readOnlyRootFilesystem")
                .isEqualTo(true);
    }

    @Test
    void containerCannotEscalatePrivilegesAndDropsAllCapabilities() {
        Map<String, Object> pod = optionalMap(podSpec(), "securityContext");
        Map<String, Object> ctr = optionalMap(container(), "securityContext");
        assertThat(ctr.get("allowPrivilegeEscalation")).as("container securityContext.allowPrivilegeEscalation")
                .isEqualTo(false);
        assertThat(ctr.get("privileged")).as("container securityContext.privileged").isNotEqualTo(true);
        assertThat(list(at(ctr, "capabilities.drop"))).as("container securityContext.capabilities.drop")
                .contains("ALL");
        assertThat(list(at(ctr, "capabilities.add"))).as("container securityContext.capabilities.add").isEmpty();
        Object seccomp = effective(optionalMap(ctr, "seccompProfile"), optionalMap(pod, "seccompProfile"), "type");
        assertThat(seccomp).as("securityContext.seccompProfile.type (container or pod)").isEqualTo("RuntimeDefault");
    }

    @Test
    void writableEmptyDirIsMountedAtTmp() {
        Map<String, Object> mount = listOfMaps(container(), "volumeMounts").stream()
                .filter(m -> "/tmp".equals(m.get("mountPath")))
                .findFirst()
                .orElseGet(() -> fail("no volumeMount at /tmp; the root filesystem is read-only and the JVM needs a tmpdir"));
        assertThat(mount.get("readOnly")).as("the /tmp volumeMount must be writable").isNotEqualTo(true);
        Map<String, Object> volume = listOfMaps(podSpec(), "volumes").stream()
                .filter(v -> Objects.equals(v.get("name"), mount.get("name")))
                .findFirst()
                .orElseGet(() -> fail("volumeMount /tmp refers to volume '%s', which the pod does not define",
                        mount.get("name")));
        assertThat(volume).as("volume '%s' mounted at /tmp", volume.get("name")).containsKey("emptyDir");
    }

    @Test
    void gracePeriodOutlastsPreStopSleepAndQuarkusShutdownTimeout() {
        Object grace = podSpec().getOrDefault("terminationGracePeriodSeconds", 30);
        assertThat(grace).as("terminationGracePeriodSeconds").isInstanceOf(Integer.class);
        String timeout = str(configMapData().get("QUARKUS_SHUTDOWN_TIMEOUT"));
        assertThat(timeout).as("QUARKUS_SHUTDOWN_TIMEOUT in the ConfigMap").isNotBlank();
        long needed = quarkusDuration(timeout).toSeconds() + preStopSleepSeconds();
        assertThat(((Integer) grace).longValue())
                .as("terminationGracePeriodSeconds must exceed preStop sleep (%ss) + QUARKUS_SHUTDOWN_TIMEOUT (%s)",
                        preStopSleepSeconds(), timeout)
                .isGreaterThan(needed);
    }

    // ------------------------------------------------------------------------------------
    // Configuration and secrets
    // ------------------------------------------------------------------------------------

    @Test
    void configMapIsLoadedIntoTheContainerEnvironment() {
        String configMapName = str(at(applied("ConfigMap"), "metadata.name"));
        List<Object> refs = listOfMaps(container(), "envFrom").stream()
                .map(e -> at(e, "configMapRef.name"))
                .collect(Collectors.toList());
        assertThat(refs).as("envFrom configMapRef names of the container").contains(configMapName);
    }

    @Test
    void configMapHoldsStringSettingsAndNoDatabaseCredentials() {
        Map<String, Object> data = configMapData();
        data.forEach((key, value) -> assertThat(value)
                .as("ConfigMap value of %s must be a (quoted) string, was %s", key,
                        value == null ? "null" : value.getClass().getSimpleName())
                .isInstanceOf(String.class));
        assertThat(data).as("ConfigMap data")
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true")
                .containsEntry("JOBFIT_SAMPLE_CATALOGUE_ENABLED", "false")
                .containsKey("QUARKUS_SHUTDOWN_TIMEOUT");
        assertThat(data.keySet()).as("database credentials belong in the Secret, not the ConfigMap")
                .doesNotContainAnyElementsOf(DB_KEYS);
        if (data.containsKey("QUARKUS_HTTP_CORS_ORIGINS")) {
            assertThat(data.get("QUARKUS_HTTP_CORS_ENABLED"))
                    .as("QUARKUS_HTTP_CORS_ORIGINS has no effect unless QUARKUS_HTTP_CORS_ENABLED is \"true\"")
                    .isEqualTo("true");
        }
    }

    @Test
    void configMapConfiguresTokenVerificationAndNoDevelopmentTokens() {
        Map<String, Object> data = configMapData();
        assertThat(str(data.get("MP_JWT_VERIFY_ISSUER")))
                .as("MP_JWT_VERIFY_ISSUER in the ConfigMap: production refuses to start without a token issuer")
                .isNotBlank();
        assertThat(str(data.getOrDefault("MP_JWT_VERIFY_PUBLICKEY_LOCATION", data.get("MP_JWT_VERIFY_PUBLICKEY"))))
                .as("MP_JWT_VERIFY_PUBLICKEY_LOCATION (or _PUBLICKEY) in the ConfigMap: production refuses to start "
                        + "without a token verification key")
                .isNotBlank();
        assertThat(str(data.getOrDefault("JOBFIT_AUTH_DEV_TOKENS_ENABLED", "false")))
                .as("development tokens are never enabled in a deployment").isEqualTo("false");
    }

    @Test
    void databaseCredentialsComeFromTheSecret() {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        listOfMaps(container(), "env").forEach(e -> env.put(str(e.get("name")), e));
        for (String key : DB_KEYS) {
            assertThat(env).as("container env").containsKey(key);
            assertThat(at(env.get(key), "valueFrom.secretKeyRef"))
                    .as("env %s must come from a secretKeyRef, not a literal value", key)
                    .isNotNull();
        }
    }

    @Test
    void everySecretKeyRefNamesAKeyOfTheSecretExample() {
        Map<String, Object> secret = secretExample();
        String secretName = str(at(secret, "metadata.name"));
        Set<String> keys = secretKeys(secret);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Map<String, Object> c : allContainers()) {
            for (Map<String, Object> e : listOfMaps(c, "env")) {
                Object ref = at(e, "valueFrom.secretKeyRef");
                if (ref != null) {
                    refs.add(asMap(ref, "secretKeyRef of env " + e.get("name")));
                }
            }
            for (Map<String, Object> e : listOfMaps(c, "envFrom")) {
                Object ref = e.get("secretRef");
                if (ref != null) {
                    assertThat(at(e, "secretRef.name")).as("envFrom secretRef name").isEqualTo(secretName);
                }
            }
        }
        assertThat(refs).as("secretKeyRefs in the Deployment").isNotEmpty();
        for (Map<String, Object> ref : refs) {
            assertThat(ref.get("name")).as("secretKeyRef %s must name the Secret of secret.example.yaml", ref)
                    .isEqualTo(secretName);
            assertThat(keys).as("keys of secret.example.yaml (referenced by secretKeyRef %s)", ref)
                    .contains(str(ref.get("key")));
        }
    }

    @Test
    void secretExampleDefinesThePostgresConnectionKeys() {
        Map<String, Object> secret = secretExample();
        Map<String, Object> data = map(secret, "stringData");
        for (String key : DB_KEYS) {
            assertThat(str(data.get(key))).as("stringData.%s in secret.example.yaml", key).isNotBlank();
        }
        assertThat(str(data.get("QUARKUS_DATASOURCE_JDBC_URL")))
                .as("example JDBC URL")
                .startsWith("jdbc:postgresql://")
                .contains("sslmode=");
        Object namespace = at(secret, "metadata.namespace");
        if (namespace != null) {
            assertThat(namespace).as("the example Secret's namespace must be the one kustomize deploys to")
                    .isEqualTo(kustomization().get("namespace"));
        }
    }

    // ------------------------------------------------------------------------------------
    // Service, HPA, PDB
    // ------------------------------------------------------------------------------------

    @Test
    void serviceIsClusterIpAndSelectsTheDeploymentPods() {
        Map<String, Object> service = applied("Service");
        assertThat(at(service, "spec.type")).as("Service spec.type (absent means ClusterIP)")
                .isIn(null, "ClusterIP");
        Map<String, Object> selector = map(service, "spec.selector");
        assertThat(selector).as("Service selector").isNotEmpty();
        assertThat(podLabels()).as("pod template labels must satisfy the Service selector")
                .containsAllEntriesOf(selector);
    }

    @Test
    void serviceTargetsTheContainerPortThatTheDockerfileExposes() {
        List<Map<String, Object>> ports = listOfMaps(applied("Service"), "spec.ports");
        assertThat(ports).as("Service ports").isNotEmpty();
        Map<String, Object> containerPort = httpPort();
        for (Map<String, Object> port : ports) {
            Object target = port.getOrDefault("targetPort", port.get("port"));
            assertThat(refersTo(target, containerPort))
                    .as("Service targetPort %s must be the container port %s", target, containerPort)
                    .isTrue();
        }
        assertThat(ports).as("Service port 80").anyMatch(p -> Integer.valueOf(80).equals(p.get("port")));
        assertThat(dockerExposedPorts()).as("EXPOSE in the Dockerfile's runtime stage")
                .contains((Integer) containerPort.get("containerPort"));
    }

    @Test
    void hpaScalesTheDeploymentOnCpuFromAtLeastTwoReplicas() {
        Map<String, Object> hpa = applied("HorizontalPodAutoscaler");
        assertThat(hpa.get("apiVersion")).as("HPA apiVersion").isEqualTo("autoscaling/v2");
        Map<String, Object> target = map(hpa, "spec.scaleTargetRef");
        assertThat(target).as("HPA scaleTargetRef")
                .containsEntry("apiVersion", "apps/v1")
                .containsEntry("kind", "Deployment")
                .containsEntry("name", at(deployment(), "metadata.name"));
        Object min = at(hpa, "spec.minReplicas");
        Object max = at(hpa, "spec.maxReplicas");
        assertThat(min).as("HPA minReplicas").isInstanceOf(Integer.class);
        assertThat(max).as("HPA maxReplicas").isInstanceOf(Integer.class);
        assertThat((Integer) min).as("HPA minReplicas").isGreaterThanOrEqualTo(2);
        assertThat((Integer) max).as("HPA maxReplicas").isGreaterThan((Integer) min);
        assertThat(listOfMaps(hpa, "spec.metrics"))
                .as("HPA metrics: a cpu Utilization target between 1 and 100 percent")
                .anyMatch(m -> "cpu".equals(at(m, "resource.name"))
                        && "Utilization".equals(at(m, "resource.target.type"))
                        && at(m, "resource.target.averageUtilization") instanceof Integer u
                        && u > 0 && u <= 100);
        assertThat(map(container(), "resources.requests"))
                .as("CPU utilisation is relative to the container's cpu request, so it must be set")
                .containsKey("cpu");
    }

    @Test
    void pdbProtectsTheDeploymentPodsAndStillAllowsDrains() {
        Map<String, Object> pdb = applied("PodDisruptionBudget");
        assertThat(pdb.get("apiVersion")).as("PDB apiVersion").isEqualTo("policy/v1");
        Map<String, Object> selector = map(pdb, "spec.selector.matchLabels");
        assertThat(selector).as("PDB selector.matchLabels").isNotEmpty();
        assertThat(podLabels()).as("pod template labels must satisfy the PDB selector")
                .containsAllEntriesOf(selector);
        Object minAvailable = at(pdb, "spec.minAvailable");
        assertThat(minAvailable != null || at(pdb, "spec.maxUnavailable") != null)
                .as("PDB sets minAvailable or maxUnavailable").isTrue();
        if (minAvailable instanceof Integer n) {
            assertThat(n).as("PDB minAvailable").isPositive();
            assertThat(n).as("PDB minAvailable must be below the replica count, or node drains block")
                    .isLessThan((Integer) at(deployment(), "spec.replicas"));
        }
    }

    // ------------------------------------------------------------------------------------
    // Dockerfile
    // ------------------------------------------------------------------------------------

    @Test
    void dockerfileBuildsWithMavenWrapperInAJdkStageAndRunsOnAJre() {
        List<List<Instruction>> stages = dockerStages();
        assertThat(stages).as("FROM stages in the Dockerfile (multi-stage build)").hasSizeGreaterThanOrEqualTo(2);
        String builderImage = stages.get(0).get(0).args();
        String runtimeImage = stages.get(stages.size() - 1).get(0).args();
        assertThat(builderImage).as("build stage image").contains("eclipse-temurin:17").contains("jdk");
        assertThat(runtimeImage).as("runtime stage image").contains("eclipse-temurin:17").contains("jre");
        assertThat(stages.get(0))
                .as("build stage runs './mvnw ... package ... -Ppostgresql'")
                .anyMatch(i -> i.is("RUN") && i.args().contains("./mvnw")
                        && i.args().contains("package") && i.args().contains("-Ppostgresql"));
    }

    @Test
    void dockerfileResolvesDependenciesBeforeCopyingSources() {
        List<Instruction> build = dockerStages().get(0);
        int copyPom = indexOf(build, i -> i.is("COPY") && i.args().contains("pom.xml"));
        int firstMvnw = indexOf(build, i -> i.is("RUN") && i.args().contains("./mvnw"));
        int copySrc = indexOf(build, i -> i.is("COPY") && i.args().matches("(?s).*\\bsrc/?\\s.*"));
        assertThat(copyPom).as("COPY pom.xml in the build stage").isNotNegative();
        assertThat(firstMvnw).as("RUN ./mvnw in the build stage").isNotNegative();
        assertThat(copySrc).as("COPY src/ in the build stage").isNotNegative();
        assertThat(copyPom).as("pom.xml is copied before the first ./mvnw run").isLessThan(firstMvnw);
        assertThat(firstMvnw).as("dependencies are resolved (first ./mvnw run) before src/ is copied")
                .isLessThan(copySrc);
    }

    @Test
    void dockerfileRuntimeStageCopiesOnlyTheQuarkusApp() {
        List<List<Instruction>> stages = dockerStages();
        List<Instruction> runtime = stages.get(stages.size() - 1);
        List<Instruction> copies = runtime.stream().filter(i -> i.is("COPY") || i.is("ADD")).collect(Collectors.toList());
        assertThat(copies).as("COPY instructions in the runtime stage").isNotEmpty();
        String builderAlias = builderAlias(stages.get(0).get(0));
        for (Instruction copy : copies) {
            assertThat(copy.args())
                    .as("runtime stage may only copy target/quarkus-app from the build stage: %s", copy)
                    .contains("--from=" + builderAlias)
                    .contains("target/quarkus-app");
        }
        String all = copies.stream().map(Instruction::args).collect(Collectors.joining("\n"));
        for (String part : List.of("quarkus-app/lib", "quarkus-app/app", "quarkus-app/quarkus")) {
            assertThat(all).as("runtime stage copies %s", part).contains(part);
        }
        assertThat(all).as("runtime stage copies quarkus-run.jar")
                .containsAnyOf("quarkus-app/quarkus-run.jar", "quarkus-app/*.jar");
    }

    @Test
    void dockerfileRunsAsTheNumericNonRootUserTheDeploymentExpects() {
        List<List<Instruction>> stages = dockerStages();
        List<Instruction> users = stages.get(stages.size() - 1).stream().filter(i -> i.is("USER"))
                .collect(Collectors.toList());
        assertThat(users).as("USER instruction in the runtime stage").isNotEmpty();
        String user = users.get(users.size() - 1).args().split(":")[0].trim();
        assertThat(user).as("runtime USER must be numeric so Kubernetes can verify runAsNonRoot").matches("\\d+");
        assertThat(Integer.parseInt(user)).as("runtime USER uid").isPositive();
        Object runAsUser = effective(optionalMap(container(), "securityContext"),
                optionalMap(podSpec(), "securityContext"), "runAsUser");
        if (runAsUser != null) {
            assertThat(runAsUser).as("Deployment runAsUser should match the Dockerfile USER")
                    .isEqualTo(Integer.parseInt(user));
        }
    }

    @Test
    void dockerfileExposesPort8080() {
        assertThat(dockerExposedPorts()).as("EXPOSE in the Dockerfile's runtime stage").contains(8080);
    }

    @Test
    void dockerfileStartsQuarkusRunJarWithContainerFriendlyJvmFlags() {
        List<List<Instruction>> stages = dockerStages();
        String launch = stages.get(stages.size() - 1).stream()
                .filter(i -> i.is("ENV") || i.is("ENTRYPOINT") || i.is("CMD"))
                .map(Instruction::args)
                .collect(Collectors.joining("\n"));
        assertThat(launch).as("ENV/ENTRYPOINT/CMD of the runtime stage")
                .contains("quarkus-run.jar")
                .contains("-XX:MaxRAMPercentage=")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .contains("-Djava.io.tmpdir=/tmp")
                .contains("-Dquarkus.http.host=0.0.0.0");
    }

    @Test
    void dockerignoreKeepsBuildOutputLocalDataAndGitOutOfTheContext() throws IOException {
        assertThat(DOCKERIGNORE).as(".dockerignore").exists();
        Set<String> patterns = Files.readAllLines(DOCKERIGNORE, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceAll("^/+|/+$", ""))
                .collect(Collectors.toSet());
        assertThat(patterns).as(".dockerignore patterns").contains("target", "data", ".git");
    }

    // ------------------------------------------------------------------------------------
    // Helpers: manifests
    // ------------------------------------------------------------------------------------

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("k8s"))) {
                return p;
            }
        }
        return dir; // Maven runs tests from the project root
    }

    private static List<Path> yamlFilesUnder(Path dir) {
        assertThat(dir).as("directory %s", dir).isDirectory();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
    }

    private static List<Map<String, Object>> loadYaml(Path file) {
        assertThat(file).as("YAML file %s", file).isRegularFile();
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false); // kubectl (strict validation) rejects them too
            for (Object doc : new Yaml(options).loadAll(reader)) {
                if (doc != null) {
                    docs.add(asMap(doc, "document in " + ROOT.relativize(file)));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new AssertionError("invalid YAML in " + ROOT.relativize(file) + ": " + e.getMessage(), e);
        }
        return docs;
    }

    private static Map<String, Object> kustomization() {
        List<Map<String, Object>> docs = loadYaml(BASE.resolve("kustomization.yaml"));
        assertThat(docs).as("documents in k8s/base/kustomization.yaml").hasSize(1);
        return docs.get(0);
    }

    private static List<String> kustomizationResources() {
        return list(kustomization().get("resources")).stream().map(ManifestTest::str).collect(Collectors.toList());
    }

    private static List<Map<String, Object>> appliedResources() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String resource : kustomizationResources()) {
            all.addAll(loadYaml(BASE.resolve(resource)));
        }
        return all;
    }

    private static Map<String, Object> applied(String kind) {
        List<Map<String, Object>> found = appliedResources().stream()
                .filter(r -> kind.equals(r.get("kind")))
                .collect(Collectors.toList());
        assertThat(found).as("%s resources listed in k8s/base/kustomization.yaml", kind).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> deployment() {
        return applied("Deployment");
    }

    private static Map<String, Object> podSpec() {
        return map(deployment(), "spec.template.spec");
    }

    private static Map<String, Object> podLabels() {
        return map(deployment(), "spec.template.metadata.labels");
    }

    private static List<Map<String, Object>> allContainers() {
        List<Map<String, Object>> all = new ArrayList<>(listOfMaps(podSpec(), "containers"));
        all.addAll(listOfMaps(podSpec(), "initContainers"));
        return all;
    }

    /** The application container: the only one, or the one named after the Deployment. */
    private static Map<String, Object> container() {
        List<Map<String, Object>> containers = listOfMaps(podSpec(), "containers");
        assertThat(containers).as("Deployment containers").isNotEmpty();
        if (containers.size() == 1) {
            return containers.get(0);
        }
        Object name = at(deployment(), "metadata.name");
        return containers.stream().filter(c -> Objects.equals(c.get("name"), name)).findFirst()
                .orElseGet(() -> fail("no container named like the Deployment (%s)", name));
    }

    private static Map<String, Object> httpPort() {
        return listOfMaps(container(), "ports").stream()
                .filter(p -> "http".equals(p.get("name")))
                .findFirst()
                .orElseGet(() -> fail("the container has no port named 'http'"));
    }

    private static Map<String, Object> configMapData() {
        return map(applied("ConfigMap"), "data");
    }

    private static Map<String, Object> secretExample() {
        List<Map<String, Object>> secrets = loadYaml(SECRET_EXAMPLE).stream()
                .filter(d -> "Secret".equals(d.get("kind")))
                .collect(Collectors.toList());
        assertThat(secrets).as("Secret in k8s/base/secret.example.yaml").hasSize(1);
        return secrets.get(0);
    }

    private static Set<String> secretKeys(Map<String, Object> secret) {
        Set<String> keys = new java.util.TreeSet<>(optionalMap(secret, "stringData").keySet());
        keys.addAll(optionalMap(secret, "data").keySet());
        return keys;
    }

    private static void assertHttpProbe(String probeName, String path) {
        Object probe = container().get(probeName);
        assertThat(probe).as("container %s", probeName).isNotNull();
        Map<String, Object> httpGet = map(asMap(probe, probeName), "httpGet");
        assertThat(httpGet.get("path")).as("%s httpGet.path", probeName).isEqualTo(path);
        assertThat(refersTo(httpGet.get("port"), httpPort()))
                .as("%s port %s must be the container port %s", probeName, httpGet.get("port"), httpPort())
                .isTrue();
    }

    /** A port given by number or by name (probes, Service targetPort) that designates this container port. */
    private static boolean refersTo(Object port, Map<String, Object> containerPort) {
        if (port instanceof Integer) {
            return port.equals(containerPort.get("containerPort"));
        }
        if (port instanceof String s) {
            return s.equals(containerPort.get("name")) || s.equals(String.valueOf(containerPort.get("containerPort")));
        }
        return false;
    }

    private static long preStopSleepSeconds() {
        Object preStop = at(container(), "lifecycle.preStop");
        if (preStop == null) {
            return 0;
        }
        Object sleep = at(asMap(preStop, "preStop"), "sleep.seconds"); // native sleep action
        if (sleep instanceof Integer s) {
            return s;
        }
        List<Object> command = list(at(asMap(preStop, "preStop"), "exec.command"));
        String joined = command.stream().map(ManifestTest::str).collect(Collectors.joining(" "));
        Matcher m = Pattern.compile("\\bsleep\\s+(\\d+)").matcher(joined);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    // ------------------------------------------------------------------------------------
    // Helpers: Dockerfile
    // ------------------------------------------------------------------------------------

    record Instruction(String keyword, String args) {
        boolean is(String k) {
            return keyword.equals(k);
        }

        @Override
        public String toString() {
            return keyword + " " + args;
        }
    }

    /** Instructions with line continuations joined and comments dropped. */
    private static List<Instruction> dockerInstructions() {
        assertThat(DOCKERFILE).as("Dockerfile at the project root").isRegularFile();
        List<String> lines;
        try {
            lines = Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + DOCKERFILE, e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().trim();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
        }
        return instructions;
    }

    /** Stages, each starting with its FROM instruction. */
    private static List<List<Instruction>> dockerStages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction i : dockerInstructions()) {
            if (i.is("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).add(i);
            }
        }
        assertThat(stages).as("FROM instructions in the Dockerfile").isNotEmpty();
        return stages;
    }

    private static String builderAlias(Instruction from) {
        Matcher m = Pattern.compile("(?i)\\s+AS\\s+(\\S+)\\s*$").matcher(from.args());
        return m.find() ? m.group(1) : "0";
    }

    private static List<Integer> dockerExposedPorts() {
        List<List<Instruction>> stages = dockerStages();
        return stages.get(stages.size() - 1).stream()
                .filter(i -> i.is("EXPOSE"))
                .flatMap(i -> Stream.of(i.args().split("\\s+")))
                .map(p -> p.replaceAll("/.*$", ""))
                .filter(p -> p.matches("\\d+"))
                .map(Integer::valueOf)
                .collect(Collectors.toList());
    }

    private static int indexOf(List<Instruction> instructions, java.util.function.Predicate<Instruction> test) {
        for (int i = 0; i < instructions.size(); i++) {
            if (test.test(instructions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------
    // Helpers: generic YAML navigation and quantities
    // ------------------------------------------------------------------------------------

    /** Value at a dotted path of mapping keys, or null when any step is missing. */
    private static Object at(Map<String, Object> root, String dottedPath) {
        Object current = root;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    private static Map<String, Object> map(Map<String, Object> root, String dottedPath) {
        Object value = at(root, dottedPath);
        assertThat(value).as("%s must be present", dottedPath).isNotNull();
        return asMap(value, dottedPath);
    }

    private static Map<String, Object> optionalMap(Map<String, Object> root, String dottedPath) {
        Object value = at(root, dottedPath);
        return value == null ? Map.of() : asMap(value, dottedPath);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        assertThat(value).as("%s must be a YAML mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).as("expected a YAML sequence").isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static List<Map<String, Object>> listOfMaps(Map<String, Object> root, String dottedPath) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object item : list(at(root, dottedPath))) {
            result.add(asMap(item, "item of " + dottedPath));
        }
        return result;
    }

    /** Container-level setting if present, else the pod-level one (Kubernetes precedence). */
    private static Object effective(Map<String, Object> container, Map<String, Object> pod, String key) {
        return container.containsKey(key) ? container.get(key) : pod.get(key);
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static BigDecimal cpu(Object quantity) {
        String q = str(quantity);
        return q.endsWith("m")
                ? new BigDecimal(q.substring(0, q.length() - 1)).movePointLeft(3)
                : new BigDecimal(q);
    }

    private static BigDecimal bytes(Object quantity) {
        String q = str(quantity);
        Matcher m = Pattern.compile("^([0-9.]+)([KMGTE]i?|k|m)?$").matcher(q);
        assertThat(m.matches()).as("memory quantity '%s'", q).isTrue();
        BigDecimal n = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "" -> n;
            case "m" -> n.movePointLeft(3);
            case "k", "K" -> n.multiply(BigDecimal.valueOf(1000L));
            case "M" -> n.multiply(BigDecimal.valueOf(1000L * 1000));
            case "G" -> n.multiply(BigDecimal.valueOf(1000L * 1000 * 1000));
            case "T" -> n.multiply(BigDecimal.valueOf(1000L * 1000 * 1000 * 1000));
            case "Ki" -> n.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi" -> n.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi" -> n.multiply(BigDecimal.valueOf(1L << 30));
            case "Ti" -> n.multiply(BigDecimal.valueOf(1L << 40));
            default -> throw new AssertionError("unsupported memory unit in '" + q + "'");
        };
    }

    /** Quarkus duration syntax: plain seconds, a number with ms/s/m/h/d, or ISO-8601. */
    private static Duration quarkusDuration(String value) {
        String v = value.trim();
        Matcher m = Pattern.compile("^(\\d+)(ms|s|m|h|d)?$").matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        }
        return Duration.parse(v.startsWith("P") || v.startsWith("p") ? v : "PT" + v);
    }
}
