package vn.ishc.oversight.task;

import org.springframework.stereotype.Component;
import vn.ishc.funding.ResourceService;
import vn.ishc.shared.NotFoundException;

/** A resource entry as a task's evidence, checked through the funding module's API (in the caller's scope). */
@Component
class ResourceEvidence implements EvidenceLinks {
    private final ResourceService resources;

    ResourceEvidence(ResourceService resources) {
        this.resources = resources;
    }

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.RESOURCE;
    }

    @Override
    public boolean exists(long id) {
        try {
            return !resources.get(id).cancelled();
        } catch (NotFoundException outside) {
            return false;
        }
    }

    @Override
    public String link(long id) {
        return "/resources/" + id;
    }
}
