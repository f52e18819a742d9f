package vn.ishc.funding;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.WriteGuard;

/**
 * A write to a resource entry ({@code /resources/{id}}) is decided before its body is read: outside the scope
 * not found; changed only by those who record resources, in a unit their scope may change.
 */
@Component
class ResourceWriteGuard implements WriteGuard {
    private final ResourceService resources;
    private final CurrentUser user;

    ResourceWriteGuard(ResourceService resources, CurrentUser user) {
        this.resources = resources;
        this.user = user;
    }

    @Override
    public Set<String> collections() {
        return Set.of("resources");
    }

    @Override
    public void check(String collection, long id, boolean write) {
        Resource r = resources.get(id);
        if (write && !(resources.mayWrite() && user.scope().permitsWrite(r.unitId(), r.clubId())))
            throw new AccessDeniedException("resource " + id);
    }
}
