/**
 * Device configurations as their drivers declare them: the metatype bnd generates from a configuration
 * interface's {@code @ObjectClassDefinition} is read ({@link org.myofuse.runtime.config.Metatypes}),
 * enforced on the properties of a configuration, and the checked values are turned into the typed
 * interface by the OSGi Converter ({@link org.myofuse.runtime.config.TypedConfigurations}). Private to
 * the runtime bundle.
 */
package org.myofuse.runtime.config;
