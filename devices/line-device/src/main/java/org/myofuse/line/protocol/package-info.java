/**
 * The generic ASCII line format: the syntax of one configured device
 * ({@link org.myofuse.line.protocol.LineSyntax}), the allocation-free decoder
 * ({@link org.myofuse.line.protocol.LineDecoder}) and the writer the simulator and tests build lines with
 * ({@link org.myofuse.line.protocol.LineEncoder}).
 */
package org.myofuse.line.protocol;
