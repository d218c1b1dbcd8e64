/** The jSerialComm implementation of the serial transport. Private to the bundle. */
package org.myofuse.serial.internal;
