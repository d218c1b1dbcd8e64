/**
 * Treatment programs that follow a plan: the installed program plans ({@link org.myofuse.api.program.ProgramPlans},
 * documents of the format {@code myofuse-program} 1, docs/programs-format.md) and a patient's progress
 * through one ({@link org.myofuse.api.program.ProgramProgress}): the week now, sessions done against
 * planned, the pain trend, each progression rule's state and the parameter values the next session uses.
 *
 * <p>A patient's program itself ({@link org.myofuse.api.store.Program}, with its
 * {@link org.myofuse.api.store.Program#planId() plan id}) is kept by the store's
 * {@link org.myofuse.api.store.ProgramRegistry}. The programs bundle provides both services; progress is
 * computed from the patient's stored sessions and what their protocol runs journaled (step results,
 * pain scores), never stored separately, so it always agrees with the sessions.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.program;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
