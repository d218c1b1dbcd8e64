/** The pressure-mat driver, device type {@code pressure-mat}. Private to the bundle. */
package org.myofuse.mat.driver;
