/**
 * The runtime outside OSGi: {@link org.myofuse.runtime.standalone.StandaloneRuntimeProvider} is the
 * {@link java.util.ServiceLoader} provider of {@link org.myofuse.api.runtime.StandaloneRuntime}.
 * Private to the runtime bundle; callers use the API.
 */
package org.myofuse.runtime.standalone;
