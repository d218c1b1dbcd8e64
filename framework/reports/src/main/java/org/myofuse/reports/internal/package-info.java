/**
 * The renderer's parts: markup writing and escaping, scales, ticks and decimation, and one class per
 * report section. Not exported; only {@code org.myofuse.reports} is API.
 */
package org.myofuse.reports.internal;
