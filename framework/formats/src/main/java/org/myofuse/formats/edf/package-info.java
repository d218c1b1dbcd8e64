/**
 * EDF+ and BDF+ export: {@link org.myofuse.formats.edf.EdfWriter} with an
 * {@link org.myofuse.formats.edf.EdfFlavor}. The file layout decisions are documented in
 * docs/formats/edf.md.
 */
@Export
@Version("1.0.0")
package org.myofuse.formats.edf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
