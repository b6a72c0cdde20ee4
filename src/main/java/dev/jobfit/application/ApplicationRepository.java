package dev.jobfit.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** A candidate's applications, in the order made. */
    public List<Application> ofCandidate(String candidateId) {
        return list("candidateId = ?1 order by createdAt, id", candidateId);
    }

    public Optional<Application> active(String candidateId, UUID postingId) {
        return find("candidateId = ?1 and activePostingId = ?2", candidateId, postingId).firstResultOptional();
    }

    /** The applications holding a slot of a group's limit, in the order made. */
    public List<Application> holdingSlots(String candidateId, String groupKey) {
        return list("candidateId = ?1 and groupKey = ?2 and slot is not null order by createdAt, id", candidateId, groupKey);
    }

    /** Deletes all of a candidate's applications; returns how many there were. */
    public long deleteAllOf(String candidateId) {
        return delete("candidateId", candidateId);
    }
}
