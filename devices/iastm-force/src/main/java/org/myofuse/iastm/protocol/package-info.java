/**
 * The IASTM force tool's binary wire protocol (docs/protocols/iastm-force.md): constants and CRC
 * ({@link org.myofuse.iastm.protocol.Iastm}), the resynchronising decoder
 * ({@link org.myofuse.iastm.protocol.IastmDecoder}) and the encoder the driver, simulator and tests use.
 */
package org.myofuse.iastm.protocol;
