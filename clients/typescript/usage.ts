// Uses the generated TypeScript client (target/ts-client) the way a career-site frontend would, so that tsc
// (npm run typecheck, run by ./mvnw verify -Pclients) fails when the API description or the generator changes
// what such code relies on. Type-checked only, never run.
import {
    ApplicationsApi,
    Configuration,
    MatchesApi,
    PostingsApi,
    ProblemFromJSON,
    ResponseError,
    type Match,
    type MatchOptions,
    type Posting,
    type Problem,
} from '../../target/ts-client';

/** The best matches for an uploaded resume, with one line of explanation each. */
export async function explainedMatches(basePath: string, resume: Blob, postingIds: string[]): Promise<string[]> {
    const options: MatchOptions = { postingIds, limit: 5 };
    const response = await new MatchesApi(new Configuration({ basePath }))
        .matchResume({ file: resume, options: JSON.stringify(options) });
    return response.matches.map((match: Match) => {
        const required = match.components.find((component) => component.name === 'REQUIRED_SKILLS');
        const reason = required?.reasons[0];
        const quote = reason?.postingEvidence
            ? match.postingText.slice(reason.postingEvidence.start, reason.postingEvidence.end)
            : '';
        return `${match.postingTitle ?? match.postingId}: ${match.score} (${match.eligibility}) ${quote}`;
    });
}

/** Stores a posting and reads it back. */
export async function storeAndRead(basePath: string, text: string, company: string): Promise<Posting> {
    const postings = new PostingsApi(new Configuration({ basePath }));
    const created = await postings.createPosting({ postingRequest: { text, company } });
    return postings.getPosting({ id: created.id });
}

/** Applies; an application over the group's limit comes back as the problem with the earlier applications. */
export async function apply(basePath: string, resumeId: string, postingId: string): Promise<string> {
    try {
        const application = await new ApplicationsApi(new Configuration({ basePath }))
            .apply({ applicationRequest: { resumeId, postingId } });
        return `applied, choice ${application.orderInGroup ?? 1}`;
    } catch (error: unknown) {
        if (error instanceof ResponseError && error.response.status === 409) {
            const problem: Problem = ProblemFromJSON(await error.response.json());
            const earlier = (problem.applications ?? []).map((a) => `${a.order}. ${a.postingTitle ?? a.postingId}`);
            return `${problem.title}: ${problem.detail ?? ''} ${earlier.join(', ')}`;
        }
        throw error;
    }
}
