package io.customerlens.importer;

import io.customerlens.domain.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Known header names of each field, in {@link HeaderText#key} form, with how much an exact match
 * says (1.0 = unmistakable; lower for generic words such as "日期"/"Date", and for Country/国家 which
 * stand in for a region only when nothing better is there).
 */
final class FieldSynonyms {

    /** One known name of a field. */
    record Synonym(Field field, String key, double weight) {
    }

    private static final Map<Field, String> STRONG = Map.ofEntries(
            Map.entry(Field.CUSTOMER_ID, "客户编码|客户编号|客户代码|客户id|客户号|门店编码|门店编号|门店id|店铺编码|社保卡号|会员卡号|customerid|custid|clientid"),
            Map.entry(Field.CUSTOMER_NAME, "客户名称|客户名|客户全称|客户简称|门店|门店名称|店铺|店铺名称|终端名称|购货单位|customername|clientname"),
            Map.entry(Field.DATE, "单据日期|订单日期|购药时间|销售日期|交易日期|下单日期|开票日期|业务日期|出库日期|invoicedate|orderdate|salesdate|transactiondate"),
            Map.entry(Field.AMOUNT, "金额|销售额|价税合计|实收金额|销售金额|含税金额|sales|amount|salesamount|revenue"),
            Map.entry(Field.QUANTITY, "数量|销售数量|销量|quantity|qty|quantityordered"),
            Map.entry(Field.UNIT_PRICE, "单价|销售单价|含税单价|price|unitprice|priceeach"),
            Map.entry(Field.ORDER_ID, "单据编号|订单id|订单编号|订单号|单号|发票号|invoice|invoiceno|orderid|orderno|ordernumber"),
            Map.entry(Field.PRODUCT_CODE, "商品编码|产品编码|物料编码|存货编码|产品id|商品id|stockcode|productid|productcode|sku|itemcode"),
            Map.entry(Field.PRODUCT_NAME, "商品名称|产品名称|物料名称|存货名称|品名|description|productname|itemname"),
            Map.entry(Field.CATEGORY, "类别|商品类别|产品类别|品类|大类|category|productline|productcategory"),
            Map.entry(Field.SUB_CATEGORY, "子类别|小类|subcategory"),
            Map.entry(Field.REGION, "区域|地区|大区|销售区域|region|salesregion"),
            Map.entry(Field.PROVINCE, "省份|省|省自治区|省区|state|province"),
            Map.entry(Field.CITY, "城市|市|city"),
            Map.entry(Field.INDUSTRY, "行业|所属行业|industry"),
            Map.entry(Field.CUSTOMER_TYPE, "客户类型|客户类别|客户分类|细分|segment|customertype|customersegment"),
            Map.entry(Field.CHANNEL, "渠道|销售渠道|channel|saleschannel"),
            Map.entry(Field.SALESPERSON, "业务员|销售人员|销售员|销售代表|salesperson|salesrep"),
            Map.entry(Field.COST, "成本|成本金额|cost"),
            Map.entry(Field.PROFIT, "利润|毛利|profit|grossprofit"),
            Map.entry(Field.PHONE, "电话|手机|联系电话|手机号|手机号码|电话号码|联系方式|phone|mobile|tel|telephone|phonenumber"),
            Map.entry(Field.CONTACT_PERSON, "联系人|收货人|contactperson|contactname"),
            Map.entry(Field.ADDRESS, "地址|收货地址|送货地址|详细地址|address|shipaddress|shippingaddress"),
            Map.entry(Field.WECHAT, "微信|微信号|wechat|wechatid"));

    /** Generic words: right when alone, but weaker evidence than a specific name. */
    private static final Map<Field, String> GENERIC = Map.of(
            Field.CUSTOMER_NAME, "客户|customer|client",
            Field.DATE, "日期|date",
            Field.REGION, "territory",
            Field.CONTACT_PERSON, "contact");

    private static final Map<Field, String> FALLBACK = Map.of(
            Field.REGION, "country|国家");

    private static final double GENERIC_WEIGHT = 0.9;
    private static final double FALLBACK_WEIGHT = 0.8;

    private static final List<Synonym> ALL = build();

    private FieldSynonyms() {
    }

    static List<Synonym> all() {
        return ALL;
    }

    /** True when the header key is exactly a known name of some field. */
    static boolean isKnown(String key) {
        for (Synonym synonym : ALL) {
            if (synonym.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<Synonym> build() {
        List<Synonym> synonyms = new ArrayList<>();
        add(synonyms, STRONG, 1.0);
        add(synonyms, GENERIC, GENERIC_WEIGHT);
        add(synonyms, FALLBACK, FALLBACK_WEIGHT);
        return List.copyOf(synonyms);
    }

    private static void add(List<Synonym> synonyms, Map<Field, String> names, double weight) {
        for (Field field : Field.values()) {
            String alternatives = names.get(field);
            if (alternatives != null) {
                for (String name : alternatives.split("\\|")) {
                    synonyms.add(new Synonym(field, HeaderText.key(name), weight));
                }
            }
        }
    }
}
