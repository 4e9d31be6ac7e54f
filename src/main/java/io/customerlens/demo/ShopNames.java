package io.customerlens.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Shop names in the styles Chinese ERP customer lists show: brand word, family name, street branch. */
final class ShopNames {

    private final RandomGenerator random;

    ShopNames(RandomGenerator random) {
        this.random = random;
    }

    String name(ShopType type, DemoCatalog.City city) {
        String word = RandomDraws.pick(DemoCatalog.SHOP_WORDS, random);
        String surname = RandomDraws.pick(DemoCatalog.SURNAMES, random);
        String street = RandomDraws.pick(DemoCatalog.STREETS, random);
        String cityShort = city.city().endsWith("市") ? city.city().substring(0, city.city().length() - 1)
                : city.city();
        List<String> styles = switch (type) {
            case CONVENIENCE -> List.of(word + "便利店(" + street + "店)", street + surname + "记便利店",
                    cityShort + word + "便利店");
            case SUPERMARKET -> List.of(word + "超市(" + street + "店)", word + "生活超市",
                    cityShort + word + "购物广场");
            case WHOLESALER -> List.of(cityShort + word + "副食批发部", surname + "氏粮油批发部(" + street + ")",
                    word + "食品批发部");
            case TOBACCO_AND_LIQUOR -> List.of(word + "烟酒商行", surname + "记烟酒店(" + street + ")");
            case RESTAURANT -> List.of(surname + "家小馆(" + street + ")", word + "火锅店(" + street + "店)",
                    cityShort + word + "快餐");
        };
        return RandomDraws.pick(styles, random);
    }
}
