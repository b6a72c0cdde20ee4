package dev.jobfit.security.api;

import java.time.Instant;

/**
 * A signed development token.
 *
 * @param token the JWT, to send as {@code Authorization: Bearer <token>}
 * @param expiresAt when it stops being accepted
 */
public record DevToken(String token, Instant expiresAt) {
}
