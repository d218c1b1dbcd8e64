/** A patient's progress through a program: the sessions' journal facts and the computation over them. */
package org.myofuse.programs.progress;
