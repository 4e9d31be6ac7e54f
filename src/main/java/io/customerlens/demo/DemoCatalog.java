package io.customerlens.demo;

import java.util.List;

/** Fixed, made-up tables the demo data draws from: products, places, salespeople and shop names. */
final class DemoCatalog {

    record City(String region, String province, String city) {
    }

    static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("SP01001", "饮用纯净水550ml×24瓶", "饮料", 2_200),
            new DemoProduct("SP01002", "天然矿泉水550ml×24瓶", "饮料", 2_880),
            new DemoProduct("SP01003", "冰红茶500ml×15瓶", "饮料", 4_500),
            new DemoProduct("SP01004", "茉莉绿茶500ml×15瓶", "饮料", 4_500),
            new DemoProduct("SP01005", "橙汁饮料1L×12瓶", "饮料", 6_600),
            new DemoProduct("SP01006", "可乐330ml×24罐", "饮料", 5_280),
            new DemoProduct("SP01007", "柠檬汽水330ml×24罐", "饮料", 5_280),
            new DemoProduct("SP01008", "功能饮料250ml×24罐", "饮料", 9_600),
            new DemoProduct("SP01009", "苏打水350ml×24瓶", "饮料", 4_800),
            new DemoProduct("SP01010", "凉茶310ml×24罐", "饮料", 7_200),
            new DemoProduct("SP01011", "椰汁245ml×24罐", "饮料", 8_400),
            new DemoProduct("SP01012", "即饮咖啡280ml×15瓶", "饮料", 9_000),
            new DemoProduct("SP02001", "纯牛奶250ml×24盒", "乳制品", 6_200),
            new DemoProduct("SP02002", "原味酸奶200g×12杯", "乳制品", 4_800),
            new DemoProduct("SP02003", "早餐奶250ml×16盒", "乳制品", 5_800),
            new DemoProduct("SP02004", "乳酸菌饮品100ml×20瓶", "乳制品", 3_600),
            new DemoProduct("SP02005", "高钙牛奶250ml×24盒", "乳制品", 6_000),
            new DemoProduct("SP03001", "原味薯片70g×20袋", "休闲食品", 9_000),
            new DemoProduct("SP03002", "苏打饼干400g×12包", "休闲食品", 7_200),
            new DemoProduct("SP03003", "红烧牛肉面×24袋", "休闲食品", 6_000),
            new DemoProduct("SP03004", "火腿肠240g×20包", "休闲食品", 5_400),
            new DemoProduct("SP03005", "五香瓜子200g×20袋", "休闲食品", 6_400),
            new DemoProduct("SP03006", "每日坚果礼盒750g", "休闲食品", 12_800),
            new DemoProduct("SP03007", "麻辣面筋106g×40袋", "休闲食品", 4_000),
            new DemoProduct("SP03008", "水果硬糖1kg×8袋", "休闲食品", 5_600),
            new DemoProduct("SP03009", "牛奶巧克力90g×16块", "休闲食品", 11_200),
            new DemoProduct("SP03010", "沙琪玛470g×10包", "休闲食品", 4_800),
            new DemoProduct("SP04001", "东北大米5kg", "粮油调味", 3_990),
            new DemoProduct("SP04002", "高筋面粉5kg", "粮油调味", 2_850),
            new DemoProduct("SP04003", "压榨花生油5L", "粮油调味", 8_990),
            new DemoProduct("SP04004", "食用调和油5L", "粮油调味", 6_590),
            new DemoProduct("SP04005", "生抽酱油500ml×12瓶", "粮油调味", 7_800),
            new DemoProduct("SP04006", "陈醋500ml×12瓶", "粮油调味", 5_400),
            new DemoProduct("SP04007", "加碘精制盐400g×40袋", "粮油调味", 3_000),
            new DemoProduct("SP04008", "鸡精200g×20袋", "粮油调味", 6_800),
            new DemoProduct("SP04009", "香辣酱280g×24瓶", "粮油调味", 19_200),
            new DemoProduct("SP05001", "清爽啤酒500ml×12罐", "酒类", 4_800),
            new DemoProduct("SP05002", "纯生啤酒500ml×12罐", "酒类", 7_200),
            new DemoProduct("SP05003", "浓香型白酒52度500ml×6瓶", "酒类", 38_800),
            new DemoProduct("SP05004", "浓香型白酒42度500ml×6瓶", "酒类", 22_800),
            new DemoProduct("SP05005", "绍兴黄酒500ml×12瓶", "酒类", 9_600),
            new DemoProduct("SP05006", "干红葡萄酒750ml×6瓶", "酒类", 35_400),
            new DemoProduct("SP06001", "洗衣液3kg×4瓶", "日化用品", 15_600),
            new DemoProduct("SP06002", "洗洁精1.5kg×8瓶", "日化用品", 6_000),
            new DemoProduct("SP06003", "草本牙膏120g×24支", "日化用品", 9_600),
            new DemoProduct("SP06004", "去屑洗发水400ml×12瓶", "日化用品", 14_400),
            new DemoProduct("SP06005", "卷纸10卷×6提", "日化用品", 10_800),
            new DemoProduct("SP06006", "抽纸3层×24包", "日化用品", 9_600),
            new DemoProduct("SP06007", "香皂125g×48块", "日化用品", 7_200),
            new DemoProduct("SP06008", "沐浴露750ml×12瓶", "日化用品", 12_000));

    static final List<City> CITIES = List.of(
            new City("华东", "上海市", "上海市"), new City("华东", "江苏省", "南京市"),
            new City("华东", "江苏省", "苏州市"), new City("华东", "江苏省", "无锡市"),
            new City("华东", "浙江省", "杭州市"), new City("华东", "浙江省", "宁波市"),
            new City("华东", "浙江省", "温州市"), new City("华东", "山东省", "济南市"),
            new City("华东", "山东省", "青岛市"), new City("华东", "安徽省", "合肥市"),
            new City("华北", "北京市", "北京市"), new City("华北", "天津市", "天津市"),
            new City("华北", "河北省", "石家庄市"), new City("华北", "河北省", "保定市"),
            new City("华北", "山西省", "太原市"),
            new City("华南", "广东省", "广州市"), new City("华南", "广东省", "深圳市"),
            new City("华南", "广东省", "东莞市"), new City("华南", "广东省", "佛山市"),
            new City("华南", "福建省", "厦门市"), new City("华南", "福建省", "泉州市"),
            new City("华南", "广西壮族自治区", "南宁市"),
            new City("华中", "湖北省", "武汉市"), new City("华中", "湖北省", "宜昌市"),
            new City("华中", "湖南省", "长沙市"), new City("华中", "河南省", "郑州市"),
            new City("华中", "河南省", "洛阳市"),
            new City("西南", "四川省", "成都市"), new City("西南", "四川省", "绵阳市"),
            new City("西南", "重庆市", "重庆市"), new City("西南", "云南省", "昆明市"));

    /** Salespeople by region: each region's shops are visited by its own team. */
    static final List<List<String>> SALESPEOPLE = List.of(
            List.of("华东", "张伟", "王芳", "李强", "陈静"),
            List.of("华北", "刘洋", "赵磊", "孙丽"),
            List.of("华南", "黄敏", "周杰", "吴婷"),
            List.of("华中", "徐鹏", "朱琳", "胡斌"),
            List.of("西南", "郭涛", "何雪", "罗军"));

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");

    static final List<String> SHOP_WORDS = List.of(
            "福满多", "好又多", "家家乐", "惠民", "金源", "永兴", "百佳", "鑫隆", "万家福", "天天鲜",
            "红旗", "联华", "新华", "佳美", "顺发", "和谐", "富民", "兴旺", "大福源", "四季",
            "美宜", "乐购", "旺角", "友谊", "吉祥", "众和", "阳光", "金穗", "利民", "同福");

    static final List<String> STREETS = List.of(
            "人民路", "解放路", "中山路", "建设路", "和平街", "新华街", "胜利路", "文化路",
            "长江路", "黄河路", "光明街", "幸福路", "朝阳路", "青年路", "滨江路", "东风路");

    static final List<String> COMPANY_WORDS = List.of("鑫源", "恒信", "聚丰", "顺达", "宏盛", "润通");

    private DemoCatalog() {
    }

    static List<String> salespeopleOf(String region) {
        return SALESPEOPLE.stream().filter(team -> team.getFirst().equals(region)).findFirst()
                .map(team -> team.subList(1, team.size()))
                .orElseThrow(() -> new IllegalStateException("no salespeople for region " + region));
    }
}
