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
import dev.jobfit.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.collections4.ListUtils;
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

    /** Applies for the candidate with one of their stored resumes. */
    public ApplicationView apply(String candidateId, ApplicationRequest request) {
        StoredResume resume = resume(candidateId, request.resumeId());
        PostingCatalog.Snapshot snapshot = catalog.current();
        PostingCatalog.Entry posting = snapshot.find(request.postingId())
                .orElseThrow(() -> ProblemException.invalidField("postingId", "no posting with id " + request.postingId()));
        if (!posting.open()) {
            throw new ProblemException(ProblemType.POSTING_CLOSED, "The posting " + request.postingId()
                    + " is closed and takes no more applications.");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> insert(resume, posting.posting(), snapshot));
            } catch (RuntimeException e) {
                if (!isConstraintViolation(e)) {
                    throw e;
                }
                LOG.debugf("application raced for a slot (attempt %d); retrying", attempt);
            }
        }
        throw new ProblemException(ProblemType.CONFLICT, "Too many simultaneous applications; try again.");
    }

    private ApplicationView insert(StoredResume resume, CompiledPosting posting, PostingCatalog.Snapshot snapshot) {
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
        application.createdAt = Timestamps.now();
        Integer order = null;
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
                List<Problem.EarlierApplication> earlier = earlier(holding, snapshot);
                throw ProblemException.limitReached(limitDetail(limit, earlier), earlier);
            }
            order = holding.size() + 1; // the newest of the group's applications
        }
        applications.persist(application);
        applications.flush();
        return view(application, snapshot, order);
    }

    /** The candidate's applications, in the order made. */
    @Transactional(TxType.SUPPORTS)
    public List<ApplicationView> list(String candidateId) {
        PostingCatalog.Snapshot snapshot = catalog.current();
        List<Application> all = applications.ofCandidate(candidateId);
        Map<UUID, Integer> orders = orders(all);
        return all.stream().map(a -> view(a, snapshot, orders.get(a.id))).toList();
    }

    /**
     * Withdraws one of the candidate's applications; its slot is freed only where the policy says so (by default
     * it is not). Another candidate's application is not found.
     */
    @Transactional
    public ApplicationView withdraw(String candidateId, UUID id) {
        Application application = applications.findByIdOptional(id).filter(a -> a.candidateId.equals(candidateId))
                .orElseThrow(() -> ProblemException.notFound("application", id));
        PostingCatalog.Snapshot snapshot = catalog.current();
        if (application.status == Application.Status.ACTIVE) {
            LimitPolicy limit = snapshot.find(application.postingId).map(e -> e.posting().limit()).orElse(null);
            application.status = Application.Status.WITHDRAWN;
            application.activePostingId = null;
            application.withdrawnAt = Timestamps.now();
            if (limit == null || limit.withdrawalFreesSlot()) {
                application.slot = null;
            }
        }
        Map<UUID, Integer> orders = orders(applications.holdingSlots(application.candidateId, application.groupKey));
        return view(application, snapshot, orders.get(application.id));
    }

    /** The candidate's applications as the application-limit rule needs them. */
    @Transactional(TxType.SUPPORTS)
    public ApplicationHistory history(String candidateId, PostingCatalog.Snapshot snapshot) {
        List<ApplicationHistory.PriorApplication> prior = new ArrayList<>();
        for (Application a : applications.ofCandidate(candidateId)) {
            prior.add(prior(a, snapshot));
        }
        return new ApplicationHistory(List.copyOf(prior));
    }

    /** The histories of many candidates: one query per {@link ResumeStore#IDS_PER_QUERY} of them. */
    @Transactional(TxType.SUPPORTS)
    public Map<String, ApplicationHistory> histories(List<String> candidateIds, PostingCatalog.Snapshot snapshot) {
        Map<String, List<ApplicationHistory.PriorApplication>> prior = new HashMap<>();
        for (List<String> chunk : ListUtils.partition(candidateIds, ResumeStore.IDS_PER_QUERY)) {
            // each candidate is in one chunk, so each history stays in order
            for (Application a : applications.list("candidateId in ?1 order by createdAt, id", chunk)) {
                prior.computeIfAbsent(a.candidateId, k -> new ArrayList<>()).add(prior(a, snapshot));
            }
        }
        Map<String, ApplicationHistory> histories = new HashMap<>();
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

    /** The candidate's resume; another candidate's is answered like one that does not exist. */
    private StoredResume resume(String candidateId, UUID id) {
        try {
            return resumes.find(candidateId, id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField("resumeId", "no stored resume with id " + id);
        }
    }

    private static String limitDetail(LimitPolicy limit, List<Problem.EarlierApplication> earlier) {
        List<String> made = earlier.stream().map(e -> e.order() + ". '"
                + (e.postingTitle() == null ? e.postingId().toString() : e.postingTitle()) + "' on "
                + e.appliedAt().toLocalDate()).toList();
        return limit.groupName() + " accepts at most " + limit.maxApplications() + " application"
                + (limit.maxApplications() == 1 ? "" : "s") + " per candidate"
                + (limit.consideredInOrder() ? ", considered in the order they were made" : "")
                + ". Your applications there: " + String.join("; ", made) + ".";
    }

    private static List<Problem.EarlierApplication> earlier(List<Application> holding, PostingCatalog.Snapshot snapshot) {
        List<Problem.EarlierApplication> earlier = new ArrayList<>();
        for (int i = 0; i < holding.size(); i++) {
            Application a = holding.get(i);
            earlier.add(new Problem.EarlierApplication(a.id, a.postingId,
                    snapshot.find(a.postingId).map(e -> e.posting().title()).orElse(null), a.createdAt, i + 1));
        }
        return earlier;
    }

    /** Each slot-holding application's place among its group's, by the order made (the list is in that order). */
    private static Map<UUID, Integer> orders(List<Application> inOrder) {
        Map<String, Integer> counts = new HashMap<>();
        Map<UUID, Integer> orders = new HashMap<>();
        for (Application a : inOrder) {
            if (a.slot != null) {
                orders.put(a.id, counts.merge(a.groupKey, 1, Integer::sum));
            }
        }
        return orders;
    }

    /** @param order the application's place in its group's limit, or null when it holds no slot */
    private static ApplicationView view(Application a, PostingCatalog.Snapshot snapshot, Integer order) {
        CompiledPosting posting = snapshot.find(a.postingId).map(PostingCatalog.Entry::posting).orElse(null);
        LimitPolicy limit = posting == null ? null : posting.limit();
        return new ApplicationView(a.id, a.resumeId, a.postingId, posting == null ? null : posting.title(),
                posting == null ? null : posting.company(), a.status, limit == null ? null : limit.groupName(),
                limit == null ? null : limit.maxApplications(), limit == null ? null : order, a.createdAt, a.withdrawnAt);
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

}
