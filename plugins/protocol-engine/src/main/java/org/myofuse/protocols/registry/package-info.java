/**
 * The protocol registry: where protocols come from (bundles' {@code Myofuse-Protocols} documents and
 * the installation's etc/protocols/), the clinic's override files of etc/, which version of each protocol
 * is in effect, and the one-line refusals of documents that do not validate. Private to the protocol
 * engine bundle; other bundles use {@link org.myofuse.api.protocol.ProtocolRegistry}.
 */
package org.myofuse.protocols.registry;
