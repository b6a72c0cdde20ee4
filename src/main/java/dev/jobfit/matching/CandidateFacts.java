package dev.jobfit.matching;

import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.Experience;
import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.SkillKeys;
import dev.jobfit.text.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scorer may use of a resume profile: skills, education, availability, experience and research.
 * Contact details, names and anything else personal are deliberately absent, so they cannot influence a
 * score. Improvements are scored on changed copies of these facts.
 *
 * @param skills the skills the resume shows
 * @param education the degrees
 * @param availability the periods the candidate is available
 * @param graduation expected or actual end of the highest degree
 * @param experience the dated roles
 * @param totalYearsExperience years of dated roles, or null
 * @param publications papers
 * @param awards awards and competition results
 */
public record CandidateFacts(List<SkillOffer> skills, List<Education> education, List<Availability> availability,
                             YearMonth graduation, List<Experience> experience, Double totalYearsExperience,
                             List<ResumeProfile.Publication> publications, List<ResumeProfile.Award> awards) {

    /**
     * A skill as evidence for requirements.
     *
     * @param key taxonomy id, or {@code text:} and the lower-cased words
     * @param skillId taxonomy id, or null
     * @param name preferred name or the words as written
     * @param dated whether a dated role or project uses it (a skills-list entry alone is not dated)
     * @param role the latest dated role or project that uses it, or null
     * @param evidence the best place to point at: the mention inside that role, else the first mention;
     *                 null for a skill added to score an improvement
     */
    public record SkillOffer(String key, String skillId, String name, boolean dated, Experience role, Span evidence) {
    }

    public static CandidateFacts of(ResumeProfile profile) {
        List<SkillOffer> skills = new ArrayList<>();
        for (ResumeSkill s : profile.skills()) {
            Experience role = null;
            Span evidence = s.evidence().isEmpty() ? null : s.evidence().get(0);
            for (Span mention : s.evidence()) {
                for (Experience e : profile.experience()) {
                    if (e.evidence() != null && e.evidence().contains(mention) && later(e, role)) {
                        role = e;
                        evidence = mention;
                    }
                }
            }
            String key = SkillKeys.of(s.skillId(), s.name());
            skills.add(new SkillOffer(key, s.skillId(), s.name(), s.years() != null, role, evidence));
        }
        return new CandidateFacts(List.copyOf(skills), profile.education(), profile.availability(),
                profile.graduation(), profile.experience(), profile.totalYearsExperience(), profile.publications(),
                profile.awards());
    }

    private static boolean later(Experience candidate, Experience current) {
        if (current == null) {
            return true;
        }
        if (candidate.current() != current.current()) {
            return candidate.current();
        }
        YearMonth a = candidate.end() == null ? candidate.start() : candidate.end();
        YearMonth b = current.end() == null ? current.start() : current.end();
        return a != null && (b == null || a.isAfter(b));
    }

    /** A required skill as if the resume showed it in a dated role (to score an improvement). */
    static SkillOffer shownInRole(SkillUnit.RequiredSkill skill) {
        return new SkillOffer(skill.key(), skill.skillId(), skill.name(), true, null, null);
    }

    /** These facts with one more skill, shown in a dated role, in place of any listed form of it. */
    CandidateFacts withDatedSkill(SkillOffer skill) {
        List<SkillOffer> changed = new ArrayList<>();
        for (SkillOffer s : skills) {
            if (!s.key().equals(skill.key())) {
                changed.add(s);
            }
        }
        changed.add(skill);
        return new CandidateFacts(List.copyOf(changed), education, availability, graduation, experience,
                totalYearsExperience, publications, awards);
    }

    /** These facts with a stated availability (to score an improvement). */
    CandidateFacts withAvailability(Availability stated) {
        return new CandidateFacts(skills, education, List.of(stated), graduation, experience, totalYearsExperience,
                publications, awards);
    }
}
