package org.myofuse.api.program;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed program plans: every valid {@code myofuse-program} document of every started bundle
 * whose manifest has a {@code Myofuse-Programs} header, dropped when the bundle stops. When two bundles
 * carry the same id, the higher version is in effect. Thread-safe; no I/O.
 */
@ProviderType
public interface ProgramPlans {

    /** The plans in effect, in id order. */
    List<PlanInfo> plans();

    /** The plan in effect with this id. */
    Optional<PlanInfo> plan(String planId);
}
