package dev.jobfit.candidate;

import dev.jobfit.application.ApplicationRepository;
import dev.jobfit.resume.ResumeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** What jobfit keeps about a candidate, as a whole: their stored resumes (with profiles) and applications. */
@ApplicationScoped
public class CandidateService {

    private static final Logger LOG = Logger.getLogger(CandidateService.class);

    private final ResumeStore resumes;
    private final ApplicationRepository applications;

    CandidateService(ResumeStore resumes, ApplicationRepository applications) {
        this.resumes = resumes;
        this.applications = applications;
    }

    /**
     * Erases everything kept about the candidate in one transaction: applications (which frees their places in
     * application limits) and stored resumes with their profiles. Nothing else is derived from them: matches and
     * plans are computed on request. Erasing a candidate with no data does nothing.
     */
    @Transactional
    public void erase(String candidateId) {
        long applicationCount = applications.deleteAllOf(candidateId);
        long resumeCount = resumes.deleteAllOf(candidateId);
        // Counts only: the subject identifies a person and stays out of the log.
        LOG.infof("Erased a candidate's data: %d resume(s), %d application(s)", resumeCount, applicationCount);
    }
}
