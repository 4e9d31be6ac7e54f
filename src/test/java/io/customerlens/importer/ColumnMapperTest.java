package io.customerlens.importer;

import io.customerlens.domain.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMapperTest {

    private final ColumnMapper mapper = new ColumnMapper();

    static Stream<Arguments> realHeaderRows() {
        return Stream.of(
                Arguments.of("Superstore (Chinese)",
                        "行 ID,订单 ID,订单日期,发货日期,邮寄方式,客户 ID,客户名称,细分,城市,省/自治区,国家,地区,产品 ID,类别,子类别,产品名称,销售额,数量,折扣,利润",
                        "ORDER_ID=订单 ID,DATE=订单日期,CUSTOMER_ID=客户 ID,CUSTOMER_NAME=客户名称,CUSTOMER_TYPE=细分,"
                                + "CITY=城市,PROVINCE=省/自治区,REGION=地区,PRODUCT_CODE=产品 ID,CATEGORY=类别,"
                                + "SUB_CATEGORY=子类别,PRODUCT_NAME=产品名称,AMOUNT=销售额,QUANTITY=数量,PROFIT=利润"),
                Arguments.of("Superstore (English)",
                        "Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,State,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit",
                        "ORDER_ID=Order ID,DATE=Order Date,CUSTOMER_ID=Customer ID,CUSTOMER_NAME=Customer Name,"
                                + "CUSTOMER_TYPE=Segment,CITY=City,PROVINCE=State,REGION=Region,PRODUCT_CODE=Product ID,"
                                + "CATEGORY=Category,SUB_CATEGORY=Sub-Category,PRODUCT_NAME=Product Name,AMOUNT=Sales,"
                                + "QUANTITY=Quantity,PROFIT=Profit"),
                Arguments.of("Online Retail II",
                        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country",
                        "ORDER_ID=Invoice,PRODUCT_CODE=StockCode,PRODUCT_NAME=Description,QUANTITY=Quantity,"
                                + "DATE=InvoiceDate,UNIT_PRICE=Price,CUSTOMER_ID=Customer ID,REGION=Country"),
                Arguments.of("Kaggle Sample Sales Data",
                        "ORDERNUMBER,QUANTITYORDERED,PRICEEACH,ORDERLINENUMBER,SALES,ORDERDATE,STATUS,QTR_ID,MONTH_ID,YEAR_ID,PRODUCTLINE,MSRP,PRODUCTCODE,CUSTOMERNAME,PHONE,ADDRESSLINE1,ADDRESSLINE2,CITY,STATE,POSTALCODE,COUNTRY,TERRITORY,CONTACTLASTNAME,CONTACTFIRSTNAME,DEALSIZE",
                        "ORDER_ID=ORDERNUMBER,QUANTITY=QUANTITYORDERED,UNIT_PRICE=PRICEEACH,AMOUNT=SALES,DATE=ORDERDATE,"
                                + "CATEGORY=PRODUCTLINE,PRODUCT_CODE=PRODUCTCODE,CUSTOMER_NAME=CUSTOMERNAME,CITY=CITY,"
                                + "PROVINCE=STATE,REGION=TERRITORY,PHONE=PHONE,ADDRESS=ADDRESSLINE1,"
                                + "CONTACT_PERSON=CONTACTLASTNAME"),
                Arguments.of("ERP export with contacts (管家婆-like)",
                        "单据日期,单据编号,客户编码,客户名称,联系人,联系电话,收货地址,微信号,商品名称,数量,单价,金额",
                        "DATE=单据日期,ORDER_ID=单据编号,CUSTOMER_ID=客户编码,CUSTOMER_NAME=客户名称,CONTACT_PERSON=联系人,"
                                + "PHONE=联系电话,ADDRESS=收货地址,WECHAT=微信号,PRODUCT_NAME=商品名称,QUANTITY=数量,"
                                + "UNIT_PRICE=单价,AMOUNT=金额"),
                Arguments.of("Shop export with contacts (English)",
                        "Order Date,Invoice No,Customer,Contact Person,Mobile,Ship Address,WeChat,Amount",
                        "DATE=Order Date,ORDER_ID=Invoice No,CUSTOMER_NAME=Customer,CONTACT_PERSON=Contact Person,"
                                + "PHONE=Mobile,ADDRESS=Ship Address,WECHAT=WeChat,AMOUNT=Amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realHeaderRows")
    void mapsTheHeadersOfRealExports(String file, String headerRow, String expected) {
        List<String> headers = Arrays.asList(headerRow.split(","));
        ColumnMapping mapping = mapper.suggest(headers);

        Map<Field, String> mappedHeaders = new EnumMap<>(Field.class);
        mapping.columns().forEach((field, column) -> mappedHeaders.put(field, column.header()));
        Map<Field, String> expectedHeaders = new EnumMap<>(Field.class);
        for (String pair : expected.split(",")) {
            String[] parts = pair.split("=");
            expectedHeaders.put(Field.valueOf(parts[0]), parts[1]);
        }
        assertThat(mappedHeaders).isEqualTo(expectedHeaders);
        mapping.columns().values().forEach(column -> assertThat(headers.get(column.index())).isEqualTo(column.header()));
    }

    @ParameterizedTest(name = "[{0}] -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "Customer ID       | CUSTOMER_ID   | 1.0",
            "CustomerID        | CUSTOMER_ID   | 1.0",
            "客户 ID           | CUSTOMER_ID   | 1.0",
            "客户ID            | CUSTOMER_ID   | 1.0",
            "ＣｕｓｔｏｍｅｒＩＤ | CUSTOMER_ID   | 1.0",
            "customer_id       | CUSTOMER_ID   | 1.0",
            "社保卡号          | CUSTOMER_ID   | 1.0",
            "门店              | CUSTOMER_NAME | 1.0",
            "门店编码          | CUSTOMER_ID   | 1.0",
            "InvoiceNo         | ORDER_ID      | 1.0",
            "销售金额(含税)    | AMOUNT        | 0.9",
            "客户              | CUSTOMER_NAME | 0.9",
            "购药时间          | DATE          | 1.0",
            "价税合计          | AMOUNT        | 1.0",
            "实收金额          | AMOUNT        | 1.0",
            "金额(元)          | AMOUNT        | 0.9",
            "金额（元）        | AMOUNT        | 0.9",
            "单据编号          | ORDER_ID      | 1.0",
            "业务员            | SALESPERSON   | 1.0",
            "行业              | INDUSTRY      | 1.0",
            "渠道              | CHANNEL       | 1.0",
            "客户类型          | CUSTOMER_TYPE | 1.0",
            "成本              | COST          | 1.0",
            "省份              | PROVINCE      | 1.0",
            "Country           | REGION        | 0.8",
            "UnitPrice         | UNIT_PRICE    | 1.0",
    })
    void aSingleHeaderMapsWithItsConfidence(String header, Field field, double confidence) {
        MappedColumn column = mapper.suggest(List.of(header)).column(field).orElseThrow();
        assertThat(column.confidence()).isEqualTo(confidence);
        assertThat(column.header()).isEqualTo(header);
    }

    @Test
    void aHeaderThatOnlyContainsAKnownNameMapsWithLowerConfidence() {
        MappedColumn column = mapper.suggest(List.of("本月销售额合计")).column(Field.AMOUNT).orElseThrow();
        assertThat(column.confidence()).isBetween(0.4, 0.7);
    }

    @Test
    void unknownHeadersStayUnmapped() {
        ColumnMapping mapping = mapper.suggest(List.of("备注", "Notes", "", "折扣", "FAX"));
        assertThat(mapping.columns()).isEmpty();
    }

    @Test
    void eachFieldTakesOneColumnAndTheBestOneWins() {
        ColumnMapping mapping = mapper.suggest(List.of("发货日期", "日期", "单据日期"));
        assertThat(mapping.column(Field.DATE).orElseThrow().header()).isEqualTo("单据日期");
        assertThat(mapping.columns()).hasSize(1);
    }

    @Test
    void aContainedGenericWordNeverStealsAColumnFromAnExactName() {
        ColumnMapping mapping = mapper.suggest(List.of("Salesperson", "Sales"));
        assertThat(mapping.column(Field.SALESPERSON).orElseThrow().index()).isZero();
        assertThat(mapping.column(Field.AMOUNT).orElseThrow().index()).isEqualTo(1);
    }
}
