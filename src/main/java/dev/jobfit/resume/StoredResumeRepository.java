package dev.jobfit.resume;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class StoredResumeRepository implements PanacheRepositoryBase<StoredResume, UUID> {
}
