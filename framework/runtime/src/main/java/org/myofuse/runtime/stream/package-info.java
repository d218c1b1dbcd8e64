/**
 * The stream bus ({@link org.myofuse.runtime.stream.RingStreamBus}) and the session clock
 * ({@link org.myofuse.runtime.stream.MonotonicSessionClock}). Private to the runtime bundle; other
 * modules use them through the {@code org.myofuse.api.stream} services, or directly in plain-Java
 * tests and benchmarks: {@code new RingStreamBus(new MonotonicSessionClock())}.
 */
package org.myofuse.runtime.stream;
