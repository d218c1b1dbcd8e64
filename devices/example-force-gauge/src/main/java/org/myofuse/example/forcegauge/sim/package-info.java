/**
 * A Mark-10 Series 5 gauge simulated on the wire, speaking the documented GCL2 subset, so the real
 * driver can be tested and demonstrated without hardware ({@code myofuse simulate mark10-gauge}).
 * Private to the bundle.
 */
package org.myofuse.example.forcegauge.sim;
