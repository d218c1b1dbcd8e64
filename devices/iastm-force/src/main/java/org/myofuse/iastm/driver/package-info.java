/** The IASTM force tool driver: DS component, typed configuration, connection and stream assembly. */
package org.myofuse.iastm.driver;
