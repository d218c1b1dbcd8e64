/**
 * The commands of the {@code myofuse} command line as values: what {@link org.myofuse.commands.cli}
 * makes of the arguments once they are parsed and checked, and what the command tasks carry out.
 * Private to the commands bundle.
 */
package org.myofuse.commands.request;
