package org.myofuse.example.forcegauge;

/**
 * What identifying a gauge found.
 *
 * @param model              the gauge's answer to RM (read model number)
 * @param serialNumber       its answer to RS
 * @param firmware           its answer to RV
 * @param resolutionNewtons  one step of the last digit of its first reading, in newtons
 */
record Identity(String model, String serialNumber, String firmware, double resolutionNewtons) {
}
