/** The bundle's DS components: the installed plans (bundle tracking) and the progress service. */
package org.myofuse.programs.osgi;
