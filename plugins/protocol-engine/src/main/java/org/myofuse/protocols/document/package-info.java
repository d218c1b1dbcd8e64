/**
 * Protocol documents: reading YAML and JSON ({@link org.myofuse.protocols.document.Documents}), checking
 * them against the published JSON Schemas ({@link org.myofuse.protocols.document.SchemaCheck}) and the
 * rules the schemas cannot express, expanding includes, applying the clinic's overrides, and mapping the
 * effective document onto {@code org.myofuse.protocols.model}
 * ({@link org.myofuse.protocols.document.ProtocolCompiler} does all of it). Problems name the document
 * path, {@code steps[2].targetNormalForce.min}. Private to the protocol engine bundle.
 */
package org.myofuse.protocols.document;
