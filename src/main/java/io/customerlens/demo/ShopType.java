package io.customerlens.demo;

/**
 * The kinds of outlet a Chinese FMCG distributor serves, with the channel an ERP files them under, how
 * many units a typical line orders, the trade discount they get, and how common they are (percent).
 */
enum ShopType {
    CONVENIENCE("便利店", "传统渠道", 1, 10, 0, 35),
    SUPERMARKET("超市", "现代渠道", 5, 40, 5, 20),
    WHOLESALER("批发部", "批发渠道", 10, 100, 8, 15),
    TOBACCO_AND_LIQUOR("烟酒店", "传统渠道", 1, 12, 0, 15),
    RESTAURANT("餐饮店", "餐饮渠道", 2, 20, 3, 15);

    private final String label;
    private final String channel;
    private final int minQuantity;
    private final int maxQuantity;
    private final int discountPercent;
    private final int sharePercent;

    ShopType(String label, String channel, int minQuantity, int maxQuantity, int discountPercent,
             int sharePercent) {
        this.label = label;
        this.channel = channel;
        this.minQuantity = minQuantity;
        this.maxQuantity = maxQuantity;
        this.discountPercent = discountPercent;
        this.sharePercent = sharePercent;
    }

    String label() {
        return label;
    }

    String channel() {
        return channel;
    }

    int minQuantity() {
        return minQuantity;
    }

    int maxQuantity() {
        return maxQuantity;
    }

    /** The price this kind of shop pays, rounded to the fen. */
    long priceFen(long listPriceFen) {
        return Math.round(listPriceFen * (100 - discountPercent) / 100.0);
    }

    int sharePercent() {
        return sharePercent;
    }
}
