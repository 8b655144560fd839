package org.doudi.synthetic;

/** Chances, per decoy row of a noisy feed, of each kind of noise. */
record NoiseRates(double duplicate, double badChecksum, double badDate, double oldNumber) {

    static NoiseRates standard() {
        return new NoiseRates(1.0 / 2500, 1.0 / 3000, 1.0 / 3000, 1.0 / 400);
    }
}
