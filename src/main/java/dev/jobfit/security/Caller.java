package dev.jobfit.security;

import dev.jobfit.posting.PostingManager;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as far as the API cares: anonymous, a candidate (identified by the token's subject), a recruiter
 * of one company, or an administrator. Resources ask it and pass plain ids to the services. Reading it
 * authenticates the request's bearer token, if there is one (authentication is lazy: public operations never
 * look at a token).
 */
@RequestScoped
public class Caller {

    /** The longest subject kept as a candidate id (the width of the candidate_id columns). */
    static final int MAX_SUBJECT_LENGTH = 255;

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Whether the request carries no token. An invalid token is not anonymous: it fails with 401. */
    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The calling candidate's id: the token's subject. Fails with 401 without a token and 403 without the
     * candidate role; the operations that call it also declare the role, so this is a second line.
     */
    public String candidateId() {
        if (anonymous()) {
            throw new UnauthorizedException();
        }
        if (!hasRole(Roles.CANDIDATE)) {
            throw new ForbiddenException();
        }
        String subject = token().map(JsonWebToken::getSubject).orElse(null);
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new AuthenticationFailedException("the token has no usable subject (1 to 255 characters)");
        }
        return subject;
    }

    /** Whose postings the caller may manage: every posting for an administrator, a company group's for a recruiter. */
    public PostingManager postingManager() {
        if (anonymous()) {
            throw new UnauthorizedException();
        }
        if (hasRole(Roles.ADMIN)) {
            return PostingManager.ADMINISTRATOR;
        }
        if (!hasRole(Roles.RECRUITER)) {
            throw new ForbiddenException();
        }
        return new PostingManager.Recruiter(recruiterCompany());
    }

    private UUID recruiterCompany() {
        Object claim = token().map(t -> t.getClaim(Roles.COMPANY_CLAIM)).orElse(null);
        String value = claim == null ? null : claim.toString().replace("\"", "").strip();
        if (value == null || value.isEmpty()) {
            throw new ForbiddenException("A recruiter's token must name the recruiter's company in the '"
                    + Roles.COMPANY_CLAIM + "' claim.");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("The token's '" + Roles.COMPANY_CLAIM + "' claim is not a company id.");
        }
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }
}
