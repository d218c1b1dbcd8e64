/**
 * Imports of OpenBCI recordings: {@link org.myofuse.formats.openbci.OpenBciGuiReader} (every
 * generation of the OpenBCI GUI text format) and {@link org.myofuse.formats.openbci.BrainFlowCsvReader}.
 */
@Export
@Version("1.0.0")
package org.myofuse.formats.openbci;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
