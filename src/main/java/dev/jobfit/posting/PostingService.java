package dev.jobfit.posting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.company.Company;
import dev.jobfit.company.CompanyGroup;
import dev.jobfit.company.CompanyRepository;
import dev.jobfit.company.EffectivePolicy;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.posting.api.PostingCorrection;
import dev.jobfit.posting.api.PostingFormat;
import dev.jobfit.posting.api.PostingRequest;
import dev.jobfit.posting.api.PostingSummary;
import dev.jobfit.posting.api.PostingView;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import dev.jobfit.web.ProblemException;
import dev.jobfit.web.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import dev.jobfit.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Posting analysis, storage, corrections and closing. */
@ApplicationScoped
public class PostingService {

    private final PostingAnalyzer analyzer;
    private final PostingRepository postings;
    private final CompanyRepository companies;
    private final ObjectMapper json;
    private final Event<PostingChanged> changed;

    PostingService(SkillEngine skills, PostingRepository postings, CompanyRepository companies, ObjectMapper json,
                   Event<PostingChanged> changed) {
        this.analyzer = new PostingAnalyzer(skills.recognizer(), skills.language()::nonEnglish);
        this.postings = postings;
        this.companies = companies;
        this.json = json;
        this.changed = changed;
    }

    /** The analysis of a posting; nothing is stored. */
    public PostingAnalysis analyze(PostingRequest request) {
        return analyzer.analyze(input(request));
    }

    /** Stores a posting as an administrator does (the sample catalogue): linked to the company it names. */
    @Transactional
    public PostingView create(PostingRequest request) {
        return create(request, PostingManager.ADMINISTRATOR);
    }

    /**
     * Stores a posting. A recruiter's posting belongs to their company group: it is linked to the registered
     * company it names when that company is in the group, and to the recruiter's own company otherwise.
     */
    @Transactional
    public PostingView create(PostingRequest request, PostingManager manager) {
        Company owner = manager instanceof PostingManager.Recruiter recruiter ? recruiterCompany(recruiter) : null;
        PostingInput input = input(request);
        PostingAnalysis analysis = analyzer.analyze(input);
        OffsetDateTime now = Timestamps.now();
        Posting posting = new Posting();
        posting.id = UUID.randomUUID();
        posting.status = Posting.Status.OPEN;
        posting.sourceFormat = input.html() ? Posting.SourceFormat.HTML : Posting.SourceFormat.TEXT;
        posting.sourceContent = input.content();
        posting.url = request.url();
        posting.createdAt = now;
        posting.updatedAt = now;
        store(posting, analysis, input, owner);
        postings.persist(posting);
        changed.fire(new PostingChanged(posting.id));
        return view(posting);
    }

    @Transactional(TxType.SUPPORTS)
    public PostingView get(UUID id) {
        return view(find(id));
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<PostingSummary> list(PostingRepository.PostingFilter filter, PageRequest page) {
        PanacheQuery<Posting> query = postings.search(filter, page.page, page.size);
        List<PostingSummary> items = query.list().stream().map(PostingService::summary).toList();
        return new PageResponse<>(items, page.page, page.size, query.count());
    }

    /** Keeps the recruiter's corrections; they are applied on top of every later analysis. */
    @Transactional
    public PostingView correct(UUID id, PostingCorrection correction, PostingManager manager) {
        Posting posting = managed(id, manager);
        PostingCorrection merged = PostingCorrections.merge(readCorrections(posting), correction);
        posting.correctionsJson = PostingCorrections.correctedFields(merged).isEmpty() ? null : write(merged);
        posting.correctedAt = Timestamps.now();
        posting.updatedAt = posting.correctedAt;
        PostingAnalysis effective = PostingCorrections.apply(readAnalysis(posting), merged);
        posting.title = effective.title() == null ? posting.title : effective.title().value();
        posting.employmentType = effective.employmentType();
        changed.fire(new PostingChanged(posting.id));
        return view(posting);
    }

    /** Analyses the stored posting again with the current rules; corrections stay as they are. */
    @Transactional
    public PostingView reanalyze(UUID id, PostingManager manager) {
        Posting posting = managed(id, manager);
        PostingInput input = new PostingInput(posting.sourceContent, posting.sourceFormat == Posting.SourceFormat.HTML,
                null, posting.companyName, posting.url, posting.postedAt);
        // A posting linked to a company stays in that company's group, whatever the new analysis reads.
        store(posting, analyzer.analyze(input), input, posting.company);
        posting.updatedAt = Timestamps.now();
        changed.fire(new PostingChanged(posting.id));
        return view(posting);
    }

    /** Closes the posting: it leaves the open list, and applications keep their reference to it. */
    @Transactional
    public void close(UUID id, PostingManager manager) {
        Posting posting = managed(id, manager);
        if (posting.status != Posting.Status.CLOSED) {
            posting.status = Posting.Status.CLOSED;
            posting.closedAt = Timestamps.now();
            posting.updatedAt = posting.closedAt;
            changed.fire(new PostingChanged(posting.id));
        }
    }

    /**
     * Fails with 404 unless the posting exists and the manager may manage it, so that a recruiter cannot tell
     * another group's postings from missing ones by this answer.
     */
    @Transactional(TxType.SUPPORTS)
    public void checkManages(UUID id, PostingManager manager) {
        managed(id, manager);
    }

    /** Version stamps of all stored postings (see {@link PostingRepository#versionStamps()}). */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, String> versionStamps() {
        return postings.versionStamps();
    }

    /** The effective analyses (corrections applied) of stored postings, with what matching needs of their company. */
    @Transactional(TxType.SUPPORTS)
    public List<MatchablePosting> matchable(Collection<UUID> ids) {
        List<MatchablePosting> result = new ArrayList<>();
        for (List<UUID> chunk : chunks(List.copyOf(ids), 500)) {
            for (Posting p : postings.withCompanies(chunk)) {
                result.add(new MatchablePosting(p.id, p.status, p.createdAt,
                        PostingCorrections.apply(readAnalysis(p), readCorrections(p)), p.companyName,
                        p.company == null ? Optional.empty() : EffectivePolicy.of(p.company)));
            }
        }
        return result;
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    /** @param owner when set, the posting must stay in this company's group; it is linked to this company otherwise */
    private void store(Posting posting, PostingAnalysis analysis, PostingInput input, Company owner) {
        PostingAnalysis effective = PostingCorrections.apply(analysis, readCorrections(posting));
        posting.analysisJson = write(analysis);
        posting.analyzerVersion = analysis.analyzerVersion();
        posting.title = effective.title() == null ? null : truncate(effective.title().value(), 300);
        posting.employmentType = effective.employmentType();
        posting.companyName = analysis.company() == null ? input.company() : truncate(analysis.company().name(), 200);
        posting.company = posting.companyName == null ? null : linkedCompany(posting.companyName, analysis).orElse(null);
        if (owner != null && (posting.company == null || !CompanyGroup.same(posting.company, owner))) {
            posting.company = owner;
            posting.companyName = owner.name;
        }
        posting.postedAt = analysis.postedAt();
        posting.externalId = analysis.externalId() == null ? null : truncate(analysis.externalId(), 100);
    }

    /** The registered company of that name, or else the registered group the posting names. */
    private Optional<Company> linkedCompany(String name, PostingAnalysis analysis) {
        Optional<Company> company = companies.findByName(name);
        if (company.isEmpty() && analysis.company() != null && analysis.company().group() != null) {
            company = companies.findByName(analysis.company().group());
        }
        return company;
    }

    private PostingInput input(PostingRequest request) {
        String text = request.text();
        if (text.length() > PostingRequest.MAX_CHARACTERS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The posting has " + text.length()
                    + " characters; at most " + PostingRequest.MAX_CHARACTERS + " are accepted.");
        }
        if (TextSanity.looksBinary(text)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The posting is not readable text (it contains binary data). Send the posting's text or HTML.");
        }
        boolean html = request.format() == PostingFormat.HTML;
        return new PostingInput(text, html, blankToNull(request.title()), blankToNull(request.company()), request.url(),
                request.postedAt());
    }

    private Posting find(UUID id) {
        return postings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("posting", id));
    }

    /** The posting, if the manager may manage it; 404 otherwise, as for a posting that does not exist. */
    private Posting managed(UUID id, PostingManager manager) {
        Posting posting = find(id);
        if (manager instanceof PostingManager.Recruiter recruiter) {
            Company company = companies.findByIdOptional(recruiter.companyId()).orElse(null);
            if (company == null || posting.company == null || !CompanyGroup.same(posting.company, company)) {
                throw ProblemException.notFound("posting", id);
            }
        }
        return posting;
    }

    private Company recruiterCompany(PostingManager.Recruiter recruiter) {
        return companies.findByIdOptional(recruiter.companyId()).orElseThrow(() -> new ProblemException(
                ProblemType.FORBIDDEN, "Your token names company " + recruiter.companyId()
                        + ", which is not registered; ask an administrator to register it."));
    }

    private PostingView view(Posting posting) {
        PostingCorrection corrections = readCorrections(posting);
        return new PostingView(posting.id, posting.status, posting.company == null ? null : posting.company.id, posting.url,
                PostingCorrections.apply(readAnalysis(posting), corrections),
                PostingCorrections.correctedFields(corrections), posting.correctedAt, posting.createdAt,
                posting.updatedAt, posting.closedAt);
    }

    private static PostingSummary summary(Posting p) {
        return new PostingSummary(p.id, p.status, p.title, p.companyName, p.company == null ? null : p.company.id,
                p.employmentType, p.postedAt, p.createdAt);
    }

    private PostingAnalysis readAnalysis(Posting posting) {
        return read(posting.analysisJson, PostingAnalysis.class);
    }

    private PostingCorrection readCorrections(Posting posting) {
        return posting.correctionsJson == null ? null : read(posting.correctionsJson, PostingCorrection.class);
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

}
