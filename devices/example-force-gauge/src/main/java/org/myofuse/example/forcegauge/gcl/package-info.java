/**
 * The wire protocol, apart from the driver: a subset of Mark-10's Gauge Control Language 2 (commands,
 * units, response lines) and an allocation-free line assembler and reading parser for the reader
 * thread. See docs/protocols/mark10-gauge.md. Private to the bundle.
 */
package org.myofuse.example.forcegauge.gcl;
