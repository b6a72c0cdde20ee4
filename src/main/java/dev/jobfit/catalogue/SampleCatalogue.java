package dev.jobfit.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.company.ApplicationPolicy;
import dev.jobfit.company.CompanyRepository;
import dev.jobfit.company.CompanyRequest;
import dev.jobfit.company.CompanyService;
import dev.jobfit.company.CompanyView;
import dev.jobfit.posting.PostingRepository;
import dev.jobfit.posting.PostingService;
import dev.jobfit.posting.api.PostingFormat;
import dev.jobfit.posting.api.PostingRequest;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Loads the invented sample companies and postings under {@code catalogue/} into an empty database on
 * start, so that a first run shows real matches. Off in production (JOBFIT_SAMPLE_CATALOGUE_ENABLED=false,
 * set by the Kubernetes manifests) and in tests.
 */
@ApplicationScoped
public class SampleCatalogue {

    private static final Logger LOG = Logger.getLogger(SampleCatalogue.class);
    static final String RESOURCE = "/catalogue/catalogue.json";

    /** Whether to load the sample catalogue. */
    @ConfigMapping(prefix = "jobfit.sample-catalogue")
    public interface Config {
        /** Load the sample catalogue into an empty database on start. */
        @WithDefault("true")
        boolean enabled();
    }

    /** The catalogue file: companies (groups first) and postings. */
    record Catalogue(List<CompanyEntry> companies, List<PostingEntry> postings) {
    }

    record CompanyEntry(String name, String website, String group, ApplicationPolicy policy) {
    }

    record PostingEntry(String file, String format, String company, String url, LocalDate postedAt) {
    }

    private final Config config;
    private final CompanyService companies;
    private final CompanyRepository companyRows;
    private final PostingService postings;
    private final PostingRepository postingRows;
    private final ObjectMapper json;

    SampleCatalogue(Config config, CompanyService companies, CompanyRepository companyRows, PostingService postings,
                    PostingRepository postingRows, ObjectMapper json) {
        this.config = config;
        this.companies = companies;
        this.companyRows = companyRows;
        this.postings = postings;
        this.postingRows = postingRows;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            int loaded = loadIfEmpty();
            if (loaded > 0) {
                LOG.infof("Loaded the sample catalogue: %d postings (set jobfit.sample-catalogue.enabled=false to skip)",
                        loaded);
            }
        } catch (RuntimeException e) {
            // Another replica loading at the same moment loses on the unique company names; nothing is lost.
            LOG.warnf("Sample catalogue not loaded: %s", e.getMessage());
        }
    }

    /** Loads the catalogue when there are no companies and no postings; returns the number of postings loaded. */
    public int loadIfEmpty() {
        if (companyRows.count() > 0 || postingRows.count() > 0) {
            return 0;
        }
        Catalogue catalogue = read();
        Map<String, UUID> ids = new HashMap<>();
        for (CompanyEntry c : catalogue.companies()) {
            UUID groupId = c.group() == null ? null : ids.get(c.group());
            CompanyView created = companies.create(new CompanyRequest(c.name(), c.website(), groupId, c.policy()));
            ids.put(c.name(), created.id());
        }
        for (PostingEntry p : catalogue.postings()) {
            postings.create(new PostingRequest(resource("/catalogue/" + p.file()),
                    "html".equals(p.format()) ? PostingFormat.HTML : PostingFormat.TEXT, null, p.company(), p.url(),
                    p.postedAt()));
        }
        return catalogue.postings().size();
    }

    private Catalogue read() {
        try {
            return json.readValue(resource(RESOURCE), Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SampleCatalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
