/**
 * The OpenBCI Cyton wire format: packet constants and scaling ({@link org.myofuse.openbci.protocol.Cyton}),
 * the resynchronising decoder ({@link org.myofuse.openbci.protocol.CytonDecoder}) and the encoder the
 * simulator and tests build packets with ({@link org.myofuse.openbci.protocol.CytonEncoder}).
 */
package org.myofuse.openbci.protocol;
