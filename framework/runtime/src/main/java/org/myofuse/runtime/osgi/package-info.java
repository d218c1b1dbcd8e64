/**
 * Thin Declarative Services glue: the stream bus, device manager and their whiteboards as OSGi
 * components, and device configurations in ConfigAdmin.
 */
package org.myofuse.runtime.osgi;
