package org.doudi.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.DivisionLevel;
import org.doudi.kernel.Divisions;

/**
 * The geography a run needs: the county's real villages (urban communities drawn somewhat more often, as
 * they are more populous), the other counties of the province (for ID numbers issued elsewhere), and a
 * neighbouring county of the same city (for the neighbour's roll).
 */
final class County {

    private static final int URBAN_WEIGHT = 3;
    private static final int RURAL_WEIGHT = 2;

    private final DivisionCode code;
    private final String name;
    private final List<Village> villages;
    private final List<Village> ruralVillages;
    private final int[] cumulativeWeights;
    private final List<String> otherCountiesOfProvince;
    private final DivisionCode neighbour;
    private final List<Village> neighbourVillages;

    private County(DivisionCode code, String name, List<Village> villages, List<String> otherCountiesOfProvince,
                   DivisionCode neighbour, List<Village> neighbourVillages) {
        this.code = code;
        this.name = name;
        this.villages = villages;
        this.ruralVillages = villages.stream().filter(v -> v.area() == Area.RURAL).toList();
        this.cumulativeWeights = cumulativeWeights(villages);
        this.otherCountiesOfProvince = otherCountiesOfProvince;
        this.neighbour = neighbour;
        this.neighbourVillages = neighbourVillages;
    }

    static County load(DivisionCode county) {
        if (county.level() != DivisionLevel.COUNTY) {
            throw new IllegalArgumentException("需要6位县级区划代码 (a 6-digit county code): " + county);
        }
        Divisions city = cityOf(county);
        String name = city.find(county).orElseThrow(() -> noSuchCounty(county)).name();
        List<Village> villages = villagesOf(city, county);
        if (villages.isEmpty()) {
            throw new IllegalArgumentException("该县没有村级区划 (no villages under) " + county);
        }
        DivisionCode neighbour = neighbourOf(city, county);
        return new County(county, name, villages, otherCountiesOfProvince(county), neighbour,
                villagesOf(city, neighbour));
    }

    private static Divisions cityOf(DivisionCode county) {
        try {
            return Divisions.under(county.parent().orElseThrow());
        } catch (IllegalArgumentException e) {
            throw noSuchCounty(county);
        }
    }

    private static IllegalArgumentException noSuchCounty(DivisionCode county) {
        return new IllegalArgumentException("区划代码不存在 (no such county): " + county);
    }

    private static List<Village> villagesOf(Divisions divisions, DivisionCode county) {
        List<Village> result = new ArrayList<>();
        for (Divisions.Division township : divisions.children(county)) {
            for (Divisions.Division village : divisions.children(township.code())) {
                if (!village.name().contains("虚拟")) {
                    result.add(new Village(village.code(), village.name(), township.name(),
                            Village.areaOf(township.name(), village.name())));
                }
            }
        }
        return List.copyOf(result);
    }

    /** The next county of the same city that has villages (or the previous one when ours is the last). */
    private static DivisionCode neighbourOf(Divisions city, DivisionCode county) {
        List<DivisionCode> siblings = city.children(county.parent().orElseThrow()).stream()
                .map(Divisions.Division::code)
                .filter(c -> !c.equals(county) && !villagesOf(city, c).isEmpty())
                .toList();
        if (siblings.isEmpty()) {
            throw new IllegalArgumentException("同市没有其他县 (no neighbouring county in the city of) " + county);
        }
        return siblings.stream().filter(c -> c.compareTo(county) > 0).findFirst()
                .orElse(siblings.get(siblings.size() - 1));
    }

    private static List<String> otherCountiesOfProvince(DivisionCode county) {
        String province = county.value().substring(0, 2);
        List<String> codes = new ArrayList<>();
        Divisions.forEach(d -> {
            String c = d.code().value();
            if (c.length() == 6 && c.startsWith(province) && !c.equals(county.value()) && !d.name().contains("开发区")) {
                codes.add(c);
            }
        });
        return List.copyOf(codes);
    }

    private static int[] cumulativeWeights(List<Village> villages) {
        int[] cumulative = new int[villages.size()];
        int total = 0;
        for (int i = 0; i < villages.size(); i++) {
            total += villages.get(i).area() == Area.URBAN ? URBAN_WEIGHT : RURAL_WEIGHT;
            cumulative[i] = total;
        }
        return cumulative;
    }

    Village pickVillage(Dice dice) {
        int draw = dice.between(1, cumulativeWeights[cumulativeWeights.length - 1]);
        int index = Arrays.binarySearch(cumulativeWeights, draw);
        return villages.get(index >= 0 ? index : -index - 1);
    }

    Village pickRuralVillage(Dice dice) {
        return ruralVillages.isEmpty() ? pickVillage(dice) : dice.pick(ruralVillages);
    }

    Village pickNeighbourVillage(Dice dice) {
        return dice.pick(neighbourVillages);
    }

    /** Where an ID number was issued: mostly this county, some other counties of the province. */
    String pickIssuingCounty(Dice dice, double elsewhere) {
        return dice.chance(elsewhere) && !otherCountiesOfProvince.isEmpty()
                ? dice.pick(otherCountiesOfProvince) : code.value();
    }

    DivisionCode code() {
        return code;
    }

    String name() {
        return name;
    }

    DivisionCode neighbour() {
        return neighbour;
    }

    List<Village> villages() {
        return villages;
    }

    List<String> otherCountiesOfProvince() {
        return otherCountiesOfProvince;
    }
}
