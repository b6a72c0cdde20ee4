package dev.jobfit.posting.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a heading announces: the kind of section it opens and, for boilerplate, why that section is not
 * read for requirements. Rules are ordered; the first that matches wins.
 */
final class HeadingClassifier {

    /** The classification of one heading. */
    record Classification(SectionKind kind, IgnoredReason ignoredAs) {
    }

    private record Rule(Pattern pattern, SectionKind kind, IgnoredReason ignoredAs) {
    }

    private static Rule rule(String regex, SectionKind kind) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, null);
    }

    private static Rule ignored(String regex, SectionKind kind, IgnoredReason reason) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, reason);
    }

    private static final List<Rule> RULES = List.of(
            ignored("(more|similar|related|other|recommended) (jobs|roles|positions|openings)|jobs (like this|you may like)"
                    + "|people also (viewed|applied)|popular searches|trending (jobs|searches)|explore (more )?jobs",
                    SectionKind.NAVIGATION, IgnoredReason.LINK_FARM),
            ignored("share this (job|role|posting)|save this job|track this job|job alerts?", SectionKind.NAVIGATION,
                    IgnoredReason.TRACKING_WIDGET),
            ignored("cookie", SectionKind.NAVIGATION, IgnoredReason.COOKIE_BANNER),
            ignored("\\b(news|press|in the media|funding|latest updates)\\b", SectionKind.OTHER, IgnoredReason.COMPANY_NEWS),
            ignored("h-?1b|salary (data|statistics|insights)|visa (statistics|sponsorship data)|\\bstatistics\\b"
                    + "|company (stats|insights)|at a glance", SectionKind.OTHER, IgnoredReason.STATISTICS),
            ignored("equal (employment )?opportunit|\\beeo\\b|diversity (statement|and inclusion)|accommodation"
                    + "|privacy|legal|disclaimer|non-discrimination|e-verify|pay transparency",
                    SectionKind.LEGAL, IgnoredReason.LEGAL),
            ignored("benefits|perks|what we offer|we offer|compensation|why (join|work)|rewards|life at",
                    SectionKind.BENEFITS, IgnoredReason.BENEFITS),
            rule("preferred|nice[- ]to[- ]have|bonus|desired|desirable|pluses|a plus|extra credit|ideal(ly)?",
                    SectionKind.PREFERRED_QUALIFICATIONS),
            rule("minimum|basic|required|requirements?|qualifications?|must[- ]haves?|what you('ll)? (need|bring)"
                    + "|who you are|about you|(what|who) we('re| are)? look(ing)? for|your (profile|background|skills)|skills"
                    + "|eligibility|you have|you bring|experience", SectionKind.MINIMUM_QUALIFICATIONS),
            rule("responsibilit|what you('ll)? do|duties|your (role|impact|mission|tasks)|key tasks|day[- ]to[- ]day"
                    + "|in this role|the work|you will|job description|what the job involves", SectionKind.RESPONSIBILITIES),
            rule("about (the|our|this) team|team (intro|introduction|overview)|the team|meet the team", SectionKind.ABOUT_TEAM),
            rule("about (the )?(role|job|position|opportunity|internship)|(job|position|role) (summary|overview)"
                    + "|overview|summary|the (role|opportunity)", SectionKind.ABOUT_ROLE),
            rule("about (us|the company)|who we are|company (overview|description|profile)|our (company|mission|story)"
                    + "|^about\\b", SectionKind.ABOUT_COMPANY),
            rule("how to apply|application|apply|next steps|hiring process|internship (details|information|program)"
                    + "|program details|important (dates|information)|logistics|timeline", SectionKind.APPLICATION_INFO));

    private HeadingClassifier() {
    }

    static Optional<Classification> classify(String heading) {
        String text = heading.strip().replaceAll("[#:*\\-\u2013\u2014]+$", "").replaceAll("^[#*\\s]+", "")
                .toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(text).find()) {
                return Optional.of(new Classification(rule.kind, rule.ignoredAs));
            }
        }
        return Optional.empty();
    }
}
