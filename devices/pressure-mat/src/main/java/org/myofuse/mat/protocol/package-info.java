/**
 * The pressure-mat wire format: constants ({@link org.myofuse.mat.protocol.Mat}), the CRC
 * ({@link org.myofuse.mat.protocol.Crc16}), the resynchronising decoder used by the driver and the
 * simulator ({@link org.myofuse.mat.protocol.MatDecoder}), the encoder
 * ({@link org.myofuse.mat.protocol.MatEncoder}) and the identify reply
 * ({@link org.myofuse.mat.protocol.MatIdentity}). The reference of docs/protocols/pressure-mat.md.
 */
package org.myofuse.mat.protocol;
