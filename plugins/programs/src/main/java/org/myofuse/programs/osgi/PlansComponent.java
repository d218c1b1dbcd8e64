package org.myofuse.programs.osgi;

import java.util.List;
import java.util.Optional;

import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.program.ProgramPlans;
import org.myofuse.programs.plan.InstalledPlans;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The {@link ProgramPlans} service: the plans of every active bundle with a {@value BundlePlans#HEADER}
 * header, found when the bundle starts, dropped when it stops, and the plan files of the installation's
 * {@code etc/programs/} (when the host has a {@link HostEnvironment}), looked at again at every question.
 * The documents are read when the bundle is found and parsed at the first question after a change, so a
 * command that never asks about programs pays nothing for them; a refused document is logged then, one
 * line per problem naming file and path.
 */
@Component(service = ProgramPlans.class)
public final class PlansComponent implements ProgramPlans {

    /** Where plan files of the installation are, under {@link HostEnvironment#etcDir()}. */
    static final String FOLDER = "programs";

    private final InstalledPlans plans;
    private final BundleTracker<Long> tracker;

    @Activate
    public PlansComponent(BundleContext context,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) HostEnvironment host) {
        plans = host == null ? new InstalledPlans() : new InstalledPlans(host.etcDir().resolve(FOLDER), "etc/" + FOLDER);
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<Long>() {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(BundlePlans.HEADER);
                if (header == null) {
                    return null;
                }
                for (BundlePlans.Document d : BundlePlans.documents(bundle, header)) {
                    plans.add(bundle.getBundleId(), d.name(), d.source(), d.bytes());
                }
                return bundle.getBundleId();
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
                // a bundle's content changes only through an update, which stops it first
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                plans.remove(id);
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<PlanInfo> plans() {
        return plans.plans();
    }

    @Override
    public Optional<PlanInfo> plan(String planId) {
        return plans.plan(planId);
    }
}
