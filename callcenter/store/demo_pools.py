"""Word pools for the demo-data generator (``store.demo``): names, places,
products, phone-number ranges and the reference codes, in English and Chinese.

Everything here is fiction built from common parts. Phone ranges are blocks that
libphonenumber accepts as valid numbers of the stated type (checked by
``tests/test_demo_data.py``); card numbers are the payment networks' published
test numbers; ID numbers use formats that no authority issues ("QQ" National
Insurance prefix, 9xx SSN area, ...).
"""
from __future__ import annotations


def _rg(first: int, last: int, skip: tuple[int, ...] = ()) -> list[str]:
    return [str(x) for x in range(first, last + 1) if x not in skip]


# -- phone number spaces ----------------------------------------------------------
# (country calling code, national prefixes of equal length, digits after the prefix)
# A space holds len(prefixes) * 10**rest numbers; the generator maps a unique serial
# to a number with an affine permutation so that numbers never repeat by accident.
_US_AREAS = ["212", "646", "718", "917", "415", "650", "206", "312", "617", "512",
             "213", "310", "303", "404", "305", "503", "602", "713", "214", "702"]
_US_EXCHANGES = [str(x) for x in range(200, 1000) if x % 100 != 11 and x != 555]

PHONE_SPACES: dict[str, tuple[str, list[str], int]] = {
    # North America: area code + exchange (N11 service codes and 555 left out), 4-digit line
    # (NANP does not tell mobiles from landlines: the two spaces use different area codes)
    "US_mobile": ("1", [a + x for a in _US_AREAS[1::2] for x in _US_EXCHANGES], 4),
    "US_fixed": ("1", [a + x for a in _US_AREAS[::2] for x in _US_EXCHANGES], 4),
    # China: 13x/15x/18x mobiles (154 is unallocated); Beijing/Shanghai/Guangzhou/Shenzhen lines
    "CN_mobile": ("86", _rg(130, 139) + _rg(150, 153) + _rg(155, 159) + _rg(180, 189), 8),
    "CN_fixed": ("86", ["105", "106", "215", "216", "203", "208"], 7),
    "CN_fixed_sz": ("86", ["7552", "7558"], 7),
    # United Kingdom: 07 mobiles (not 070 personal or 076 pagers); London 020, Manchester 0161
    "GB_mobile": ("44", _rg(740, 759) + _rg(771, 789) + _rg(792, 799), 7),
    "GB_fixed": ("44", ["207", "208", "203"], 7),
    "GB_fixed_man": ("44", ["1612", "1614", "1618"], 6),
    # Hong Kong and Singapore: 8-digit numbers
    "HK_mobile": ("852", _rg(601, 625) + _rg(627, 665) + _rg(901, 910) + _rg(912, 928), 5),
    "HK_fixed": ("852", _rg(210, 221) + _rg(223, 299), 5),
    "SG_mobile": ("65", _rg(801, 989), 5),
    "SG_fixed": ("65", _rg(600, 661) + _rg(663, 665) + _rg(667, 693), 5),
}

COUNTRY_OF_CODE = {"1": "US", "86": "CN", "44": "GB", "852": "HK", "65": "SG"}


def region_of_e164(e164: str) -> str:
    """Region of one of the demo's E.164 numbers (only the five demo countries)."""
    for cc in ("852", "86", "65", "44", "1"):
        if e164.startswith("+" + cc):
            return COUNTRY_OF_CODE[cc]
    raise ValueError(f"not a demo number: {e164}")


# -- countries ---------------------------------------------------------------------
# country: (weight, currency, share of customers with a Chinese name, UTC offset in hours)
COUNTRIES = {
    "US": (34, "USD", 0.08, -6),
    "CN": (36, "CNY", 1.0, 8),
    "GB": (12, "GBP", 0.05, 0),
    "HK": (9, "HKD", 0.7, 8),
    "SG": (9, "SGD", 0.5, 8),
}
# units of each currency per US dollar (rounded, for demo prices only)
PER_USD = {"USD": 1.0, "CNY": 7.2, "GBP": 0.79, "HKD": 7.8, "SGD": 1.35}

# -- names -----------------------------------------------------------------------
# (family name, pinyin, weight): the commonest Chinese surnames, roughly by frequency
CN_FAMILY = [
    ("王", "wang", 72), ("李", "li", 71), ("张", "zhang", 68), ("刘", "liu", 52), ("陈", "chen", 45),
    ("杨", "yang", 32), ("黄", "huang", 24), ("赵", "zhao", 22), ("吴", "wu", 21), ("周", "zhou", 20),
    ("徐", "xu", 15), ("孙", "sun", 15), ("马", "ma", 14), ("朱", "zhu", 13), ("胡", "hu", 12),
    ("郭", "guo", 12), ("何", "he", 11), ("高", "gao", 10), ("林", "lin", 10), ("罗", "luo", 10),
    ("郑", "zheng", 9), ("梁", "liang", 9), ("谢", "xie", 8), ("宋", "song", 7), ("唐", "tang", 7),
    ("许", "xu", 6), ("韩", "han", 6), ("冯", "feng", 6), ("邓", "deng", 6), ("曹", "cao", 6),
    ("彭", "peng", 5), ("曾", "zeng", 5), ("肖", "xiao", 5), ("田", "tian", 5), ("董", "dong", 5),
    ("袁", "yuan", 5), ("潘", "pan", 4), ("于", "yu", 4), ("蒋", "jiang", 4), ("蔡", "cai", 4),
    ("余", "yu", 4), ("杜", "du", 4), ("叶", "ye", 4), ("程", "cheng", 4), ("苏", "su", 4),
    ("魏", "wei", 4), ("吕", "lv", 4), ("丁", "ding", 3), ("任", "ren", 3), ("沈", "shen", 3),
    ("姚", "yao", 3), ("卢", "lu", 3), ("姜", "jiang", 3), ("崔", "cui", 3), ("钟", "zhong", 3),
    ("谭", "tan", 3), ("陆", "lu", 3), ("汪", "wang", 3), ("范", "fan", 3), ("金", "jin", 3),
    ("石", "shi", 3), ("廖", "liao", 3), ("贾", "jia", 3), ("夏", "xia", 2), ("韦", "wei", 2),
    ("付", "fu", 2), ("方", "fang", 2), ("白", "bai", 2), ("邹", "zou", 2), ("孟", "meng", 2),
    ("熊", "xiong", 2), ("秦", "qin", 2), ("邱", "qiu", 2), ("江", "jiang", 2), ("尹", "yin", 2),
    ("薛", "xue", 2), ("段", "duan", 2), ("雷", "lei", 2), ("侯", "hou", 2), ("龙", "long", 2),
    ("史", "shi", 2), ("陶", "tao", 2), ("黎", "li", 2), ("贺", "he", 2), ("顾", "gu", 2),
    ("毛", "mao", 2), ("郝", "hao", 2), ("龚", "gong", 2), ("邵", "shao", 2), ("万", "wan", 2),
    ("钱", "qian", 2), ("严", "yan", 2), ("欧阳", "ouyang", 1), ("司马", "sima", 1), ("上官", "shangguan", 1),
]
CN_GIVEN_FIRST = [
    ("子", "zi"), ("梓", "zi"), ("浩", "hao"), ("宇", "yu"), ("欣", "xin"), ("思", "si"), ("嘉", "jia"),
    ("俊", "jun"), ("雨", "yu"), ("晓", "xiao"), ("志", "zhi"), ("建", "jian"), ("海", "hai"), ("文", "wen"),
    ("明", "ming"), ("家", "jia"), ("佳", "jia"), ("诗", "shi"), ("国", "guo"), ("丽", "li"), ("春", "chun"),
    ("玉", "yu"), ("一", "yi"), ("天", "tian"), ("若", "ruo"), ("雅", "ya"), ("振", "zhen"), ("立", "li"),
    ("永", "yong"), ("慧", "hui"), ("小", "xiao"), ("秀", "xiu"), ("红", "hong"), ("金", "jin"),
]
CN_GIVEN_SECOND = [
    ("涵", "han"), ("轩", "xuan"), ("然", "ran"), ("怡", "yi"), ("远", "yuan"), ("杰", "jie"), ("萱", "xuan"),
    ("东", "dong"), ("强", "qiang"), ("华", "hua"), ("燕", "yan"), ("博", "bo"), ("明", "ming"), ("豪", "hao"),
    ("琪", "qi"), ("鸣", "ming"), ("宇", "yu"), ("梅", "mei"), ("娟", "juan"), ("芳", "fang"), ("伟", "wei"),
    ("静", "jing"), ("婷", "ting"), ("欣", "xin"), ("林", "lin"), ("辉", "hui"), ("磊", "lei"), ("敏", "min"),
    ("洁", "jie"), ("峰", "feng"), ("英", "ying"), ("兰", "lan"), ("军", "jun"), ("平", "ping"),
]
CN_GIVEN_SINGLE = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"),
    ("超", "chao"), ("霞", "xia"), ("刚", "gang"), ("鹏", "peng"), ("斌", "bin"), ("琳", "lin"),
]
EN_GIVEN = [
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
    "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
    "Steven", "Ashley", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin", "Carol",
    "Brian", "Amanda", "George", "Melissa", "Edward", "Deborah", "Ryan", "Stephanie", "Jacob", "Rebecca",
    "Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "Noah", "Olivia", "Leo", "Sophie",
    "Ethan", "Grace", "Lucas", "Chloe", "Henry", "Zoe", "Samuel", "Hannah", "Benjamin", "Lily",
    "Alexander", "Charlotte", "Daniel", "Ella", "Max", "Mia", "Oscar", "Ruby", "Theo", "Freya",
]
EN_FAMILY = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
    "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
    "Patel", "Khan", "Singh", "Hughes", "Wood", "Hall", "Wright", "Green", "Cooper", "Ward",
    "Morgan", "Bell", "Bailey", "Kelly", "Howard", "Cox", "Richardson", "Watson", "Brooks", "Price",
    "Nguyen", "Kim", "Park", "Chen", "Wang", "Lopez", "Gonzalez", "Hernandez", "Perez", "Sanchez",
]
# English-language customers in Hong Kong and Singapore often carry a romanised Chinese surname.
ASIA_EN_FAMILY = ["Chan", "Wong", "Cheung", "Lau", "Ng", "Leung", "Ho", "Tan", "Lim", "Goh", "Teo", "Ong", "Koh"]

# -- companies --------------------------------------------------------------------
EN_COMPANY_FIRST = [
    "Northwind", "Bluewater", "Summit", "Harbour", "Crescent", "Evergreen", "Silverline", "Redwood",
    "Pioneer", "Atlas", "Meridian", "Beacon", "Granite", "Lighthouse", "Oakridge", "Riverside",
    "Sterling", "Orchard", "Keystone", "Horizon", "Copperfield", "Juniper", "Falcon", "Maple Leaf",
]
EN_COMPANY_SECOND = [
    "Trading", "Logistics", "Foods", "Engineering", "Healthcare", "Consulting", "Retail", "Hospitality",
    "Software", "Design", "Properties", "Electronics", "Textiles", "Print & Media", "Education", "Travel",
]
EN_COMPANY_SUFFIX = {"US": ["Inc.", "LLC", "Corp."], "GB": ["Ltd", "PLC", "Ltd"], "HK": ["Limited", "Co. Ltd"],
                     "SG": ["Pte Ltd", "Pte Ltd"], "CN": ["Co., Ltd."]}
CN_COMPANY_CITY = ["北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "苏州", "武汉", "天津"]
CN_COMPANY_WORD = [
    ("华通", "huatong"), ("宏达", "hongda"), ("金鹏", "jinpeng"), ("新世纪", "xinshiji"), ("恒信", "hengxin"),
    ("鼎盛", "dingsheng"), ("联创", "lianchuang"), ("瑞丰", "ruifeng"), ("海纳", "haina"), ("中科", "zhongke"),
    ("远航", "yuanhang"), ("博雅", "boya"), ("天成", "tiancheng"), ("易达", "yida"), ("锦程", "jincheng"),
]
CN_COMPANY_TRADE = ["贸易", "科技", "物流", "餐饮管理", "电子", "文化传媒", "建筑工程", "医疗器械", "服装", "信息技术"]

# -- addresses ---------------------------------------------------------------------
# (city, state, zip prefix)
US_CITIES = [
    ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("San Francisco", "CA", "941"),
    ("Palo Alto", "CA", "943"), ("Los Angeles", "CA", "900"), ("Seattle", "WA", "981"),
    ("Chicago", "IL", "606"), ("Boston", "MA", "021"), ("Austin", "TX", "787"), ("Houston", "TX", "770"),
    ("Dallas", "TX", "752"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"), ("Miami", "FL", "331"),
    ("Portland", "OR", "972"), ("Phoenix", "AZ", "850"), ("Las Vegas", "NV", "891"),
]
US_STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset",
              "Lincoln", "Jackson", "Highland", "Market", "Mission", "Broadway", "Church", "Spring", "Ridge"]
US_SUFFIXES = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Way", "Ct", "Pl"]
# (city, postcode areas)
GB_CITIES = [
    ("London", ["E", "EC", "N", "NW", "SE", "SW", "W", "WC"]), ("Manchester", ["M"]), ("Birmingham", ["B"]),
    ("Leeds", ["LS"]), ("Bristol", ["BS"]), ("Edinburgh", ["EH"]), ("Liverpool", ["L"]), ("Cambridge", ["CB"]),
]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
              "Park Avenue", "Kings Road", "Queens Road", "Mill Lane", "The Crescent", "Albert Street"]
# (city in Chinese, province, districts, postcode prefix)
CN_CITIES = [
    ("北京市", "北京市", ["朝阳区", "海淀区", "东城区", "西城区", "丰台区"], "100"),
    ("上海市", "上海市", ["浦东新区", "徐汇区", "静安区", "黄浦区", "长宁区"], "200"),
    ("广州市", "广东省", ["天河区", "越秀区", "海珠区", "白云区"], "510"),
    ("深圳市", "广东省", ["南山区", "福田区", "罗湖区", "宝安区"], "518"),
    ("杭州市", "浙江省", ["西湖区", "上城区", "滨江区"], "310"),
    ("成都市", "四川省", ["锦江区", "武侯区", "高新区"], "610"),
    ("南京市", "江苏省", ["鼓楼区", "玄武区", "建邺区"], "210"),
    ("武汉市", "湖北省", ["江汉区", "武昌区", "洪山区"], "430"),
]
CN_STREETS = ["建国路", "人民路", "中山路", "解放路", "长安街", "南京路", "淮海中路", "天河路", "深南大道",
              "文三路", "春熙路", "珞喻路", "世纪大道", "朝阳北路", "学院路", "和平路"]
# (district English, district Chinese, region English, region Chinese)
HK_DISTRICTS = [
    ("Tsim Sha Tsui", "尖沙咀", "Kowloon", "九龙"), ("Mong Kok", "旺角", "Kowloon", "九龙"),
    ("Central", "中环", "Hong Kong Island", "香港岛"), ("Causeway Bay", "铜锣湾", "Hong Kong Island", "香港岛"),
    ("Sha Tin", "沙田", "New Territories", "新界"), ("Tsuen Wan", "荃湾", "New Territories", "新界"),
]
HK_STREETS = [("Nathan Road", "弥敦道"), ("Queen's Road Central", "皇后大道中"), ("Hennessy Road", "轩尼诗道"),
              ("Sha Tin Centre Street", "沙田正街"), ("Castle Peak Road", "青山公路")]
HK_BUILDINGS = [("Harbour View Tower", "海景大厦"), ("Golden Court", "金辉阁"), ("Park Mansion", "雅苑"),
                ("Jade Garden", "翠园"), ("Sunrise House", "旭日楼")]
SG_STREETS = ["Ang Mo Kio Ave 3", "Tampines St 21", "Bedok North Rd", "Jurong West St 52", "Toa Payoh Lor 1",
              "Clementi Ave 2", "Yishun Ring Rd", "Bukit Batok St 11", "Orchard Road", "Serangoon Ave 2"]

# -- products -----------------------------------------------------------------------
# (sku, English, Chinese, USD price, weight, max quantity)
PRODUCTS = [
    ("EL-1001", "Wireless earbuds", "无线耳机", 79.00, 8, 2),
    ("EL-1002", "Noise-cancelling headphones", "降噪耳机", 249.00, 3, 1),
    ("EL-1003", "Smartphone 128 GB", "智能手机 128GB", 699.00, 3, 1),
    ("EL-1004", "Tablet 10-inch", "10英寸平板电脑", 329.00, 2, 1),
    ("EL-1005", "Smart watch", "智能手表", 199.00, 3, 1),
    ("EL-1006", "USB-C charger 65 W", "65W USB-C 充电器", 39.00, 9, 3),
    ("EL-1007", "Laptop 14-inch", "14英寸笔记本电脑", 1099.00, 1, 1),
    ("EL-1008", "Bluetooth speaker", "蓝牙音箱", 59.00, 5, 2),
    ("EL-1009", "Power bank 20000 mAh", "20000毫安移动电源", 35.00, 7, 2),
    ("EL-1010", "4K television 55-inch", "55英寸4K电视", 549.00, 1, 1),
    ("HM-2001", "Air purifier", "空气净化器", 189.00, 3, 1),
    ("HM-2002", "Robot vacuum", "扫地机器人", 299.00, 2, 1),
    ("HM-2003", "Rice cooker", "电饭煲", 89.00, 5, 1),
    ("HM-2004", "Electric kettle", "电热水壶", 29.00, 7, 1),
    ("HM-2005", "Coffee machine", "咖啡机", 149.00, 3, 1),
    ("HM-2006", "Duvet, double", "双人羽绒被", 119.00, 3, 2),
    ("HM-2007", "Bath towel set", "浴巾套装", 35.00, 6, 3),
    ("HM-2008", "Cookware set", "锅具套装", 129.00, 3, 1),
    ("HM-2009", "Desk lamp", "台灯", 32.00, 5, 2),
    ("HM-2010", "Water filter cartridges (3)", "净水器滤芯（3支）", 45.00, 6, 4),
    ("AP-3001", "Running shoes", "跑步鞋", 89.00, 6, 2),
    ("AP-3002", "Down jacket", "羽绒服", 159.00, 4, 1),
    ("AP-3003", "Cotton T-shirts (3-pack)", "纯棉T恤（3件装）", 25.00, 9, 4),
    ("AP-3004", "Jeans", "牛仔裤", 49.00, 7, 2),
    ("AP-3005", "Backpack", "双肩包", 59.00, 5, 1),
    ("AP-3006", "Silk scarf", "真丝围巾", 69.00, 3, 2),
    ("GR-4001", "Green tea 250 g", "绿茶 250克", 18.00, 10, 6),
    ("GR-4002", "Coffee beans 1 kg", "咖啡豆 1公斤", 24.00, 10, 4),
    ("GR-4003", "Olive oil 1 L", "橄榄油 1升", 14.00, 8, 6),
    ("GR-4004", "Infant formula 800 g", "婴儿配方奶粉 800克", 39.00, 6, 6),
    ("GR-4005", "Vitamin C tablets", "维生素C片", 12.00, 8, 4),
    ("GR-4006", "Mooncake gift box", "月饼礼盒", 38.00, 4, 5),
    ("SV-5001", "Extended warranty, 2 years", "两年延保服务", 49.00, 4, 1),
    ("SV-5002", "Installation service", "上门安装服务", 59.00, 2, 1),
    ("SV-5003", "Premium membership, 1 year", "年度高级会员", 99.00, 3, 1),
    ("SV-5004", "Express delivery", "加急配送", 9.00, 8, 1),
    ("SV-5005", "Gift wrapping", "礼品包装", 4.00, 5, 3),
    ("BK-6001", "Cookbook", "菜谱", 22.00, 4, 2),
    ("BK-6002", "Children's picture books (set of 6)", "儿童绘本（6册）", 29.00, 4, 2),
    ("TY-7001", "Building blocks set", "积木套装", 79.00, 4, 2),
]

# Published payment-network test numbers: never real cards.
TEST_CARDS = [
    "4111 1111 1111 1111", "4012 8888 8888 1881", "4242 4242 4242 4242", "5555 5555 5555 4444",
    "5105 1051 0510 5100", "3782 822463 10005", "6011 1111 1111 1117", "3530 1113 3330 0000",
    "6200 0000 0000 0005",
]

# -- reference data --------------------------------------------------------------------
# (code, English, Chinese)
SKILLS = [
    ("general", "General enquiries", "综合咨询"),
    ("billing", "Billing and payments", "账单与付款"),
    ("orders", "Orders and delivery", "订单与配送"),
    ("vip", "VIP service", "贵宾服务"),
    ("complaints", "Complaint handling", "投诉处理"),
    ("mandarin", "Mandarin", "普通话"),
    ("english", "English", "英语"),
]
# (code, English, Chinese, skill, priority (1 = served first), SL target %, SL seconds)
QUEUES = [
    ("vip", "VIP line", "贵宾专线", "vip", 1, 90, 10),
    ("complaints", "Complaints", "投诉", "complaints", 2, 80, 30),
    ("billing", "Billing", "账单", "billing", 3, 80, 20),
    ("orders", "Orders and delivery", "订单与配送", "orders", 3, 80, 20),
    ("general", "General", "综合", "general", 4, 80, 20),
    ("mandarin", "Mandarin service", "普通话服务", "mandarin", 4, 80, 20),
]
# (code, English, Chinese, paid, selectable); the core sets the unselectable ones itself.
REASON_CODES = [
    ("break", "Break", "休息", True, True),
    ("lunch", "Lunch", "午餐", False, True),
    ("meeting", "Meeting", "会议", True, True),
    ("training", "Training", "培训", True, True),
    ("coaching", "Coaching", "辅导", True, True),
    ("admin_work", "Back-office work", "后台工作", True, True),
    ("after_call", "After-call work", "话后处理", True, True),
    ("missed_call", "Missed call", "未接来电", True, False),
    ("login", "Just logged in", "刚登录", True, False),
    ("supervisor", "Set by supervisor", "主管设置", True, False),
    ("wrap_timeout", "Wrap-up timed out", "话后处理超时", True, False),
]
# (code, parent code or None, English, Chinese): a tree, leaves are what agents pick.
DISPOSITIONS = [
    ("sales", None, "Sales", "销售"),
    ("sales.new_order", "sales", "New order", "新订单"),
    ("sales.upsell", "sales", "Upsell", "追加销售"),
    ("sales.quote", "sales", "Quote sent", "已发报价"),
    ("support", None, "Support", "服务支持"),
    ("support.resolved", "support", "Resolved first call", "首次解决"),
    ("support.info", "support", "Information given", "已提供信息"),
    ("support.escalated", "support", "Escalated", "已升级"),
    ("support.callback", "support", "Callback scheduled", "已预约回电"),
    ("support.delivery", "support", "Delivery query", "配送查询"),
    ("support.delivery.rescheduled", "support.delivery", "Delivery rescheduled", "已改约配送"),
    ("support.delivery.traced", "support.delivery", "Parcel traced", "已追踪包裹"),
    ("billing", None, "Billing", "账单"),
    ("billing.payment", "billing", "Payment taken", "已收款"),
    ("billing.refund", "billing", "Refund issued", "已退款"),
    ("billing.dispute", "billing", "Charge disputed", "费用争议"),
    ("billing.credit_review", "billing", "Credit limit review", "信用额度审核"),
    ("complaint", None, "Complaint", "投诉"),
    ("complaint.logged", "complaint", "Complaint logged", "已登记投诉"),
    ("complaint.recovery", "complaint", "Service recovery offered", "已提供补救"),
    ("complaint.escalated", "complaint", "Escalated to supervisor", "已升级至主管"),
    ("no_contact", None, "No answer / abandoned", "未接通/放弃"),
    ("no_contact.abandoned", "no_contact", "Caller abandoned", "来电者放弃"),
    ("no_contact.dropped", "no_contact", "Line dropped", "通话中断"),
    ("no_contact.voicemail", "no_contact", "Voicemail left", "已留语音"),
    ("no_contact.wrong_number", "no_contact", "Wrong number", "打错电话"),
]

# -- free text ------------------------------------------------------------------------
# Call notes: (English, Chinese); {order} is filled with an order number when there is one.
CALL_NOTES = [
    ("Asked where order {order} is; gave tracking details.", "询问订单{order}的物流，已告知快递单号。"),
    ("Wants to change the delivery address for {order}.", "要求修改订单{order}的收货地址。"),
    ("Card payment declined; took payment by another card.", "银行卡付款失败，已改用其他卡支付。"),
    ("Question about the last invoice; explained the charges.", "对上期账单有疑问，已解释各项费用。"),
    ("Reported a faulty item from {order}; replacement arranged.", "反映订单{order}商品有故障，已安排换货。"),
    ("Requested a refund for {order}.", "申请订单{order}退款。"),
    ("Interested in the premium membership; sent details by email.", "对高级会员感兴趣，已发送邮件介绍。"),
    ("Asked to raise the credit limit; passed to billing.", "申请提高信用额度，已转账单组。"),
    ("Updated contact details.", "已更新联系方式。"),
    ("Unhappy with the courier; apologised and logged feedback.", "对快递员不满意，已致歉并记录反馈。"),
    ("Asked about opening hours over the holidays.", "询问节假日营业时间。"),
    ("Wants to cancel {order}.", "要求取消订单{order}。"),
]
CUSTOMER_NOTES = [
    ("Prefers calls after 6 pm.", "希望晚上六点后联系。"),
    ("Long-standing customer; very loyal.", "老客户，忠诚度高。"),
    ("Prefers e-mail over phone.", "更喜欢邮件沟通。"),
    ("Speak slowly, hard of hearing.", "听力不好，请放慢语速。"),
    ("Buys for the whole office; ask about bulk discounts.", "为整个公司采购，可询问批量折扣。"),
]
PRIVATE_NOTES = [
    ("Disclosed a medical condition; handle with care.", "客户提及健康状况，请谨慎处理。"),
    ("Going through a divorce; do not discuss the joint account.", "正在办理离婚，请勿谈及联名账户。"),
    ("Payment plan agreed after financial hardship.", "因经济困难已协商分期还款。"),
    ("Bereavement in the family last month.", "上月家中有亲人去世。"),
]
# (category, English summary, Chinese summary, English words, Chinese words, English outcome, Chinese outcome)
COMPLAINTS = [
    ("delivery_late", "Order delivered two weeks late", "订单晚到两周",
     "I waited in all week and nobody came.", "我在家等了一整周都没人送货。",
     "Refund the delivery charge.", "退还运费。"),
    ("damaged_item", "Item arrived damaged", "商品到货破损",
     "The box was crushed and the screen is cracked.", "箱子被压坏了，屏幕也裂了。",
     "A replacement sent today.", "今天就寄一个新的。"),
    ("billing_error", "Charged twice for one order", "同一订单被重复扣款",
     "My card statement shows the same amount twice.", "信用卡账单上同一笔钱扣了两次。",
     "Refund the duplicate charge.", "退回重复扣款。"),
    ("rude_staff", "Agent was rude on the phone", "客服电话中态度恶劣",
     "He hung up on me while I was still talking.", "我还没说完他就挂了电话。",
     "An apology.", "要求道歉。"),
    ("faulty_product", "Product stopped working after a week", "商品使用一周后损坏",
     "It will not switch on any more.", "现在完全开不了机。",
     "A full refund.", "全额退款。"),
    ("refund_delay", "Refund not received", "退款迟迟未到账",
     "You promised the refund a month ago.", "一个月前就答应退款了。",
     "The refund paid this week.", "本周内退款到账。"),
    ("wrong_item", "Wrong item delivered", "发错货",
     "I ordered a kettle and got a lamp.", "我订的是水壶，收到的是台灯。",
     "Collect the wrong item and send the right one.", "上门取回并补发正确商品。"),
]
COMPLAINT_OPEN_STATES = ["received", "acknowledged", "assessed", "investigating", "resolution_proposed",
                         "customer_rejected"]
COMPLAINT_CLOSED_STATES = ["closed", "follow_up_done"]

# -- complaint handling (root causes also ship as resources/complaints/root_causes.yaml) ---
ROOT_CAUSES = [  # (code, en, zh)
    ("carrier_delay", "Carrier delay", "承运商延误"),
    ("warehouse_error", "Warehouse picking error", "仓库拣货错误"),
    ("packaging", "Poor packaging", "包装不当"),
    ("supplier_defect", "Supplier defect", "供应商质量缺陷"),
    ("billing_system", "Billing system fault", "计费系统故障"),
    ("process_gap", "Gap in our process", "流程缺陷"),
    ("staff_training", "Staff training gap", "员工培训不足"),
    ("unclear_information", "Unclear or wrong information", "信息不清或有误"),
    ("customer_misunderstanding", "Customer misunderstanding", "客户误解"),
    ("other", "Other", "其他"),
]
# Likely root causes per complaint category, with weights (a Pareto-shaped mix overall).
CATEGORY_ROOT_CAUSES = {
    "delivery_late": [("carrier_delay", 70), ("warehouse_error", 15), ("process_gap", 10), ("other", 5)],
    "damaged_item": [("packaging", 55), ("carrier_delay", 25), ("supplier_defect", 15), ("other", 5)],
    "billing_error": [("billing_system", 60), ("process_gap", 25), ("customer_misunderstanding", 15)],
    "rude_staff": [("staff_training", 75), ("process_gap", 15), ("customer_misunderstanding", 10)],
    "faulty_product": [("supplier_defect", 70), ("unclear_information", 15), ("customer_misunderstanding", 15)],
    "refund_delay": [("process_gap", 50), ("billing_system", 35), ("unclear_information", 15)],
    "wrong_item": [("warehouse_error", 75), ("unclear_information", 15), ("other", 10)],
}
# What was offered, per category: (en, zh).
RESOLUTIONS = {
    "delivery_late": ("Delivery charge refunded and a voucher for the next order.", "退还运费，并赠送下次购物代金券。"),
    "damaged_item": ("Replacement sent by express; the damaged item is collected free.", "已加急寄出换货，免费上门取回破损商品。"),
    "billing_error": ("Duplicate charge refunded to the card.", "重复扣款已退回原卡。"),
    "rude_staff": ("Apology from the team lead; coaching for the agent.", "组长致歉，并对该客服进行辅导。"),
    "faulty_product": ("Repair under warranty or a full refund, as the customer prefers.", "按客户意愿保修维修或全额退款。"),
    "refund_delay": ("Refund pushed through and a goodwill credit added.", "已加急退款，并给予账户补偿。"),
    "wrong_item": ("Right item sent; the wrong one is collected free.", "已寄出正确商品，免费取回错发商品。"),
}
CLOSE_NOTES_REJECTED = ("Customer did not accept; final offer stands, closed after review.",
                        "客户未接受方案；经复核维持最终方案并结案。")
REOPEN_NOTES = ("Customer called back: the problem came back.", "客户回电：问题再次出现。")
CALLBACK_NOTES = ("Check the customer is happy with the outcome.", "回访确认客户对处理结果满意。")
CALLBACK_OUTCOMES = ("Customer satisfied.", "客户表示满意。")
RECOVERY_REASONS = {  # kind -> (en, zh)
    "apology": ("Sincere apology for the trouble.", "对给您带来的不便深表歉意。"),
    "refund": ("Refund for the affected order.", "退还受影响订单的款项。"),
    "voucher": ("Voucher for the next order.", "下次购物代金券。"),
    "account_credit": ("Goodwill credit on the account.", "账户补偿金。"),
    "replacement": ("Replacement of the faulty item.", "更换问题商品。"),
    "goodwill_gift": ("A small gift to make amends.", "赠送小礼品表示歉意。"),
}
# Amounts in USD (scaled to the customer's currency): (low, high).
RECOVERY_USD = {"refund": (10, 40), "voucher": (5, 15), "account_credit": (10, 40), "replacement": (30, 90),
                "goodwill_gift": (5, 15)}
