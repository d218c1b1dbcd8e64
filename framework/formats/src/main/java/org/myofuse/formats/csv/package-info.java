/**
 * Myofuse CSV, one file per stream: {@link org.myofuse.formats.csv.CsvStreamWriter} and
 * {@link org.myofuse.formats.csv.MyofuseCsvReader}. The format is documented in docs/formats/csv.md.
 */
@Export
@Version("1.0.0")
package org.myofuse.formats.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
