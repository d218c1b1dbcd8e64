/** The OpenBCI Cyton (and Cyton + Daisy) driver, device type {@code openbci-cyton}. Private to the bundle. */
package org.myofuse.openbci.driver;
