/**
 * Therapy protocols: guided procedures (fascial release, EMG biofeedback, movement drills) that turn
 * fusion output into live cues for the therapist.
 */
@Export
@Version("1.0.0")
package org.myofuse.api.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
