package dev.jobfit.application;

import dev.jobfit.application.api.ApplicationRequest;
import dev.jobfit.application.api.ApplicationView;
import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CompiledPosting;
import dev.jobfit.matching.LimitPolicy;
import dev.jobfit.matching.PostingCatalog;
import dev.jobfit.resume.ResumeStore;
import dev.jobfit.resume.StoredResume;
import dev.jobfit.web.Problem;
import dev.jobfit.web.ProblemException;
import dev.jobfit.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Applications and the application limit. The limit holds under concurrent requests because each
 * application to a limited group takes a numbered slot that the database keeps unique per candidate
 * and group: of two requests racing for the last slot, one insert fails, is retried, and finds the
 * limit reached. No check-then-insert is trusted on its own.
 */
@ApplicationScoped
public class ApplicationService {

    private static final Logger LOG = Logger.getLogger(ApplicationService.class);
    private static final int MAX_ATTEMPTS = 10;

    private final ApplicationRepository applications;
    private final ResumeStore resumes;
    private final PostingCatalog catalog;

    ApplicationService(ApplicationRepository applications, ResumeStore resumes, PostingCatalog catalog) {
        this.applications = applications;
        this.resumes = resumes;
        this.catalog = catalog;
    }

    public ApplicationView apply(ApplicationRequest request) {
        StoredResume resume = resume(request.resumeId());
        PostingCatalog.Entry posting = catalog.current().find(request.postingId())
                .orElseThrow(() -> ProblemException.invalidField("postingId", "no posting with id " + request.postingId()));
        if (!posting.open()) {
            throw new ProblemException(ProblemType.POSTING_CLOSED, "The posting " + request.postingId()
                    + " is closed and takes no more applications.");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> insert(resume, posting.posting()));
            } catch (RuntimeException e) {
                if (!isConstraintViolation(e)) {
                    throw e;
                }
                LOG.debugf("application raced for a slot (attempt %d); retrying", attempt);
            }
        }
        throw new ProblemException(ProblemType.CONFLICT, "Too many simultaneous applications; try again.");
    }

    private ApplicationView insert(StoredResume resume, CompiledPosting posting) {
        if (applications.active(resume.candidateId, posting.id()).isPresent()) {
            throw new ProblemException(ProblemType.ALREADY_APPLIED, "You have already applied to this posting.");
        }
        LimitPolicy limit = posting.limit();
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.candidateId = resume.candidateId;
        application.resumeId = resume.id;
        application.postingId = posting.id();
        application.groupKey = groupKey(posting);
        application.activePostingId = posting.id();
        application.status = Application.Status.ACTIVE;
        application.createdAt = now();
        if (limit != null) {
            List<Application> holding = applications.holdingSlots(resume.candidateId, limit.groupKey());
            Set<Integer> taken = new HashSet<>();
            holding.forEach(a -> taken.add(a.slot));
            for (int slot = 1; slot <= limit.maxApplications() && application.slot == null; slot++) {
                if (!taken.contains(slot)) {
                    application.slot = slot;
                }
            }
            if (application.slot == null) {
                throw ProblemException.limitReached(limitDetail(limit, holding), earlier(holding));
            }
        }
        applications.persist(application);
        applications.flush();
        return view(application, catalog.current());
    }

    @Transactional(TxType.SUPPORTS)
    public List<ApplicationView> list(UUID resumeId) {
        StoredResume resume = resumes.find(resumeId);
        PostingCatalog.Snapshot snapshot = catalog.current();
        return applications.ofCandidate(resume.candidateId).stream().map(a -> view(a, snapshot)).toList();
    }

    /** Withdraws an application; its slot is freed only where the policy says so (by default it is not). */
    @Transactional
    public ApplicationView withdraw(UUID id) {
        Application application = applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("application", id));
        PostingCatalog.Snapshot snapshot = catalog.current();
        if (application.status == Application.Status.ACTIVE) {
            LimitPolicy limit = snapshot.find(application.postingId).map(e -> e.posting().limit()).orElse(null);
            application.status = Application.Status.WITHDRAWN;
            application.activePostingId = null;
            application.withdrawnAt = now();
            if (limit == null || limit.withdrawalFreesSlot()) {
                application.slot = null;
            }
        }
        return view(application, snapshot);
    }

    /** The candidate's applications as the application-limit rule needs them. */
    @Transactional(TxType.SUPPORTS)
    public ApplicationHistory history(UUID candidateId, PostingCatalog.Snapshot snapshot) {
        List<ApplicationHistory.PriorApplication> prior = new ArrayList<>();
        for (Application a : applications.ofCandidate(candidateId)) {
            prior.add(prior(a, snapshot));
        }
        return new ApplicationHistory(List.copyOf(prior));
    }

    /** The histories of many candidates, in one query. */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, ApplicationHistory> histories(List<UUID> candidateIds, PostingCatalog.Snapshot snapshot) {
        Map<UUID, List<ApplicationHistory.PriorApplication>> prior = new HashMap<>();
        if (!candidateIds.isEmpty()) {
            for (Application a : applications.list("candidateId in ?1 order by createdAt, id", candidateIds)) {
                prior.computeIfAbsent(a.candidateId, k -> new ArrayList<>()).add(prior(a, snapshot));
            }
        }
        Map<UUID, ApplicationHistory> histories = new HashMap<>();
        prior.forEach((candidate, list) -> histories.put(candidate, new ApplicationHistory(List.copyOf(list))));
        return histories;
    }

    private static ApplicationHistory.PriorApplication prior(Application a, PostingCatalog.Snapshot snapshot) {
        String title = snapshot.find(a.postingId).map(e -> e.posting().title()).orElse(null);
        return new ApplicationHistory.PriorApplication(a.postingId, title, a.groupKey, a.createdAt,
                a.slot != null || a.status == Application.Status.ACTIVE);
    }

    /** The key an application's limit counts over; a posting without a limit is a group of its own. */
    public static String groupKey(CompiledPosting posting) {
        return posting.limit() != null ? posting.limit().groupKey() : "posting:" + posting.id();
    }

    private StoredResume resume(UUID id) {
        try {
            return resumes.find(id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField("resumeId", "no stored resume with id " + id);
        }
    }

    private String limitDetail(LimitPolicy limit, List<Application> holding) {
        PostingCatalog.Snapshot snapshot = catalog.current();
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < holding.size(); i++) {
            Application a = holding.get(i);
            String title = snapshot.find(a.postingId).map(e -> e.posting().title()).orElse(a.postingId.toString());
            earlier.add((i + 1) + ". '" + title + "' on " + a.createdAt.toLocalDate());
        }
        return limit.groupName() + " accepts at most " + limit.maxApplications() + " application"
                + (limit.maxApplications() == 1 ? "" : "s") + " per candidate"
                + (limit.consideredInOrder() ? ", considered in the order they were made" : "")
                + ". Your applications there: " + String.join("; ", earlier) + ".";
    }

    private List<Problem.EarlierApplication> earlier(List<Application> holding) {
        PostingCatalog.Snapshot snapshot = catalog.current();
        List<Problem.EarlierApplication> earlier = new ArrayList<>();
        for (int i = 0; i < holding.size(); i++) {
            Application a = holding.get(i);
            earlier.add(new Problem.EarlierApplication(a.id, a.postingId,
                    snapshot.find(a.postingId).map(e -> e.posting().title()).orElse(null), a.createdAt, i + 1));
        }
        return earlier;
    }

    private ApplicationView view(Application a, PostingCatalog.Snapshot snapshot) {
        CompiledPosting posting = snapshot.find(a.postingId).map(PostingCatalog.Entry::posting).orElse(null);
        LimitPolicy limit = posting == null ? null : posting.limit();
        Integer order = null;
        if (limit != null && (a.slot != null || a.status == Application.Status.ACTIVE)) {
            Map<UUID, Integer> orders = new HashMap<>();
            int n = 0;
            for (Application other : applications.holdingSlots(a.candidateId, a.groupKey)) {
                orders.put(other.id, ++n);
            }
            order = orders.get(a.id);
        }
        return new ApplicationView(a.id, a.resumeId, a.postingId, posting == null ? null : posting.title(),
                posting == null ? null : posting.company(), a.status, limit == null ? null : limit.groupName(),
                limit == null ? null : limit.maxApplications(), order, a.createdAt, a.withdrawnAt);
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
