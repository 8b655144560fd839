package org.doudi.synthetic;

import java.time.LocalDate;

/**
 * Generates one unit: a registry household (with its plant, if any), what the departments know about its
 * members, and a few persons of the general population around it. A unit depends only on the run's
 * settings and its index, so units can be generated in any order, on any thread.
 */
final class UnitGenerator {

    private static final long HOUSEHOLD_STREAM = 0x484F4CL;
    private static final long NOISE_STREAM = 0x4E4F49L;

    private final long seed;
    private final County county;
    private final Profiles profiles;
    private final HouseholdComposer composer;
    private final HouseholdFactory households;
    private final Plants plants;
    private final RegistryFeeds registryFeeds;
    private final Population population;
    private final NoiseRates noiseRates;

    UnitGenerator(GeneratorSettings settings, County county) {
        this.seed = settings.seed();
        this.county = county;
        LocalDate asOf = settings.asOf();
        People people = new People(county, asOf);
        BankAccounts accounts = new BankAccounts(seed);
        Benefits benefits = Benefits.shipped(asOf);
        NeighbourRoll neighbourRoll = new NeighbourRoll(county, people, asOf, accounts, benefits);
        this.profiles = new Profiles(seed, settings.households());
        this.composer = new HouseholdComposer(people);
        this.households = new HouseholdFactory(county, asOf, accounts, benefits);
        this.plants = new Plants(county, people, asOf, neighbourRoll, benefits);
        this.registryFeeds = new RegistryFeeds(county, asOf);
        this.population = new Population(county, people, asOf, neighbourRoll);
        this.noiseRates = NoiseRates.standard();
    }

    UnitOutput generate(long index) {
        Dice dice = Dice.of(seed, index, HOUSEHOLD_STREAM);
        UnitOutput out = new UnitOutput(index, noiseRates, Dice.of(seed, index, NOISE_STREAM));
        HouseholdProfile profile = profiles.of(index);
        Village village = profile.plant().needsRuralVillage() ? county.pickRuralVillage(dice) : county.pickVillage(dice);
        Household household = households.build(dice, profile, village, composer.compose(out, dice, profile));
        RegistryRows.write(out, OutputFile.PERSONS, household, dice);
        Planted planted = plants.plant(out, dice, profile, household);
        if (profiles.accountSharedByNext(index)) {
            plants.accountUsedByNext(out, household, index + 1);
        }
        registryFeeds.write(out, dice, profile, household, planted);
        population.write(out, dice, village);
        return out;
    }
}
