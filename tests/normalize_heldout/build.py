"""Build the held-out normaliser battery: cases.tsv (kind<TAB>damaged<TAB>clean).

Every clean line below was written for this battery; every damaged form is made from it by the
code in this file (seeded, deterministic). Nothing here reads the project's normaliser or its
own case corpus. Run from the repository root:

    .venv/bin/python tests/normalize_heldout/build.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import jieba
import opencc
from pypinyin import Style, pinyin

HERE = Path(__file__).resolve().parent
SEED = 20240315

# ---------------------------------------------------------------------------------------------
# Clean simplified sentences (invented for this battery): industry, economy, local news.
# ---------------------------------------------------------------------------------------------
SENTENCES = [
    "2024年一季度，全市规模以上工业增加值同比增长6.8%，高于全省平均水平1.2个百分点。",
    "记者从市发展改革委获悉，今年计划实施重点项目312个，总投资约2860亿元。",
    "浙江宁波舟山港前三季度完成货物吞吐量10.2亿吨，集装箱吞吐量继续位居全球第三。",
    "该公司发布的新一代5G基站芯片采用7纳米工艺，功耗较上一代降低约30%。",
    "截至3月底，全县新能源汽车保有量达到4.6万辆，充电桩数量比去年同期翻了一番。",
    "在第十二届中国国际航空航天博览会上，C919大型客机进行了飞行表演。",
    "省农业农村厅表示，今年夏粮播种面积稳定在5200万亩以上，小麦长势总体良好。",
    "据海关统计，1至8月我国外贸进出口总值27.9万亿元，同比增长3.5%。",
    "当地政府投入1.5亿元改造老旧小区，惠及居民约8600户。",
    "该企业研发的锂电池隔膜产品已进入宁德时代和比亚迪的供应链。",
    "张建国介绍，园区已吸引127家科技型企业入驻，去年实现产值85亿元。",
    "国家统计局数据显示，5月份全国居民消费价格指数(CPI)同比上涨0.3%。",
    "受强降雨影响，部分乡镇道路中断，应急管理部门已组织力量连夜抢修。",
    "第六届数字中国建设峰会将于4月26日在福州开幕，会期两天。",
    "这家成立于1998年的纺织企业，如今已成为国内最大的功能性面料生产商之一。",
    "市场监管局对辖区内132家餐饮单位开展了食品安全专项检查。",
    "新建的高速铁路全长约286公里，设计时速350公里，预计2026年底建成通车。",
    "今年前两个月，全省电子信息制造业营业收入突破1200亿元。",
    "李晓红说，合作社通过电商平台销售脐橙，去年户均增收超过两万元。",
    "华为在发布会上推出了搭载HarmonyOS 4的多款新品。",
    "该项目建成后，每年可处理生活垃圾约73万吨，发电量约2.8亿千瓦时。",
    "据介绍，这座跨江大桥主跨长达1092米，是目前世界上跨度最大的公铁两用斜拉桥之一。",
    "今年以来，当地累计发放创业担保贷款4.3亿元，带动就业1.1万人。",
    "在广州举行的第135届广交会上，境外采购商到会人数较上届增长约24%。",
    "苹果公司近日在上海开设了新的零售店，首日吸引了大批消费者排队购买iPhone 15。",
    "区人力资源和社会保障局举办专场招聘会，共提供岗位3600余个。",
    "随着气温回升，景区迎来客流高峰，五一假期共接待游客48.7万人次。",
    "为了推动制造业转型升级，省里设立了总规模100亿元的产业投资基金。",
    "公司董事长王志刚表示，明年将在东南亚新建两座工厂。",
    "目前，全国已建成5G基站超过337万个，覆盖所有地级市城区。",
    "天津港集团与多家航运公司签署协议，新开通三条国际集装箱航线。",
    "深圳证券交易所数据显示，当日创业板指数收涨1.86%，成交额约3100亿元。",
    "经过三年建设，这座占地1200亩的智能制造产业园正式投产。",
    "该县茶叶种植面积达到12万亩，年产茶叶约9000吨，综合产值突破30亿元。",
    "由于原材料价格上涨，部分家电企业下调了全年利润预期。",
    "昨日下午，市消防救援支队在高层住宅小区开展了灭火救援演练。",
    "中国人民银行宣布，自9月15日起下调金融机构存款准备金率0.25个百分点。",
    "东北地区首个氢能产业示范区在长春揭牌，首批入驻企业18家。",
    "新修订的《安全生产法》明确了企业主要负责人的安全责任。",
    "陈丽萍在接受采访时说，社区食堂每天为辖区老年人提供约300份午餐。",
    "今年上半年，全省快递业务量累计完成56.4亿件，同比增长18.9%。",
    "据了解，该机场三期扩建工程完工后，年旅客吞吐能力将提升至8000万人次。",
    "新疆棉花种植户普遍使用北斗导航播种机，作业效率提高了一倍多。",
    "会议指出，要加快发展新质生产力，扎实推进高质量发展。",
    "这款国产大飞机的订单总数已超过1000架，客户包括多家国内航空公司。",
    "随着冷链物流网络不断完善，云南鲜花可以在48小时内运往全国各地。",
    "某知名乳企发布公告称，拟投资15亿元在内蒙古建设奶源基地。",
    "受台风“海葵”影响，福建沿海多个港口暂停作业，约两千艘渔船回港避风。",
    "市住房和城乡建设局发布通知，进一步优化个人住房公积金贷款政策。",
    "在当天举行的签约仪式上，共有26个项目集中签约，总金额达415亿元。",
    "汽车产业是该市的支柱产业，去年整车产量达到92万辆。",
    "专家认为，人工智能(AI)技术将深刻改变传统制造业的生产方式。",
    "这条地铁线路全长31.6公里，共设车站22座，其中换乘站7座。",
    "科研团队历时五年攻关，成功研制出国内首台套大型盾构机主轴承。",
    "2月份，全国工业生产者出厂价格同比下降2.7%，环比下降0.2%。",
    "县里组织农技人员深入田间地头，指导农户做好春耕备耕工作。",
    "宁夏葡萄酒产区今年举办了30多场品鉴活动，吸引游客超过15万人次。",
    "当前，我国新能源汽车产销量已连续九年位居全球第一。",
    "赵海涛告诉记者，他的网店去年卖出了12万件手工艺品。",
    "市政府常务会议研究部署了防汛抗旱和地质灾害防治工作。",
    "该银行前三季度实现净利润268亿元，不良贷款率下降至1.12%。",
    "跨境电商综合试验区内的企业，去年出口额同比增长了近四成。",
    "由腾讯、阿里巴巴等企业共同发起的产业联盟在杭州成立。",
    "国务院办公厅印发意见，提出到2027年基本建成全国统一大市场。",
    "这座光伏电站装机容量为500兆瓦，年均发电量约6亿千瓦时。",
    "近日，本市首批20辆L4级自动驾驶出租车开始试运营。",
    "今年夏天，不少年轻人选择到县城和乡村旅游，带动了民宿经济的发展。",
    "刘卫东表示，企业将继续加大研发投入，今年研发费用占营收比重超过8%。",
    "中欧班列累计开行突破8万列，通达欧洲25个国家的200多个城市。",
    "省政府新闻办公室于11月3日上午10时召开新闻发布会。",
    "该厂生产的电动自行车通过了欧盟CE认证，产品远销德国、荷兰等国家。",
    "由于需求疲软，钢铁行业利润空间持续收窄，多家钢厂实施检修减产。",
    "黄河流域生态保护和高质量发展是重大国家战略。",
    "全市共有各类市场主体98.6万户，其中个体工商户占比接近七成。",
    "这家初创公司完成了由红杉资本领投的B轮融资，金额达2亿美元。",
    "随着消费回暖，餐饮、电影、旅游等服务业加快复苏。",
    "王芳在发布会上介绍了全省义务教育阶段学校的建设情况。",
    "据气象台预报，未来三天本市将有一次明显降温过程，最低气温可降至零下5摄氏度。",
    "该县通过“公司+合作社+农户”模式，带动3200多户农民增收致富。",
    "记者在现场看到，工人们正在对新下线的风电叶片进行质量检测。",
    "市里将着力打造具有国际竞争力的先进制造业集群。",
    "部分中小企业仍然存在着融资难、融资贵的问题。",
    "去年以来，全省营商环境显著改善，新设企业数量明显增长。",
    "多位著名经济学家在论坛上围绕绿色低碳发展发表了主题演讲。",
    "这里距离市中心约15公里，交通十分便利，周边配套设施齐全。",
    "来自台湾的企业家在厦门参加了两岸产业合作论坛。",
    "这条全自动生产线每分钟可以生产120瓶饮料，合格率达99.8%。",
    "各级干部要深入基层，认真听取群众意见，切实解决实际问题。",
    "新出台的法律法规进一步规范了女性劳动者的权益保障。",
    "该企业将继续推进绿色工厂建设，单位产值能耗下降了17%。",
    "他看着刚刚下线的新车说，这是全厂职工共同努力的结果。",
]

# Clean lines that must come back unchanged (ASCII, URLs, e-mail, glosses, Latin words, symbols).
CLEAN_SPECIAL = [
    "详情请访问 https://www.example-news.cn/2024/0315/c1001-123456.html 或拨打热线 400-820-1234。",
    "欢迎来信来稿，投稿邮箱：tougao@example-daily.com.cn。",
    "专家认为，人工智能(AI)和大语言模型(LLM)将重塑内容产业。",
    "该公司在瑞士苏黎世(Zürich)设立了欧洲研发中心。",
    "这家位于巷子深处的café，每天接待顾客约200人。",
    "雀巢(Nestlé)宣布在天津追加投资1.2亿瑞士法郎。",
    "双方代表在圣保罗(São Paulo)签署了合作备忘录。",
    "厄勒海峡大桥(Øresund Bridge)连接丹麦与瑞典。",
    "法国兴业银行(Société Générale)发布报告称，亚洲经济前景乐观。",
    "新款iPhone 15 Pro Max起售价为9999元，Mate 60 Pro同样备受关注。",
    '测试代码如下：print("hello, world")，运行结果正常。',
    "函数y=f(x)在区间[0,1]上单调递增。",
    "《长江三角洲区域一体化发展规划纲要(2019-2035年)》明确了发展目标。",
    "（记者 张三 通讯员 李四）",
    "中国(上海)自由贸易试验区临港新片区今年新增企业1.2万家。",
    "系统支持buy(long)和sell(short)两类交易指令。",
    "这款显示屏采用OLED技术，刷新率达到120Hz，支持HDR10+。",
    "指数一周内上涨1,000点，成交额突破20,000亿元……",
    "房价还会继续上涨吗?专家给出了不同看法。",
    "Copyright © 2024 Example Media Group. All Rights Reserved.",
    "京ICP备2023012345号-2",
    "乾隆年间，这里曾是著名的瓷器集散地。",
    "登上瞭望塔，可以看到整个港区的显著变化。",
    "当天最高气温达到38℃，空调销量同比增长45%。",
    "项目总建筑面积约12万㎡，计划于2025年交付使用。",
    "①加快项目建设；②优化营商环境；③强化要素保障。",
    "▲图为施工现场。（记者 刘洋 摄）",
    "搜索结果：https://so.example.com/s?q=%E4%B8%AD%E5%9B%BD&page=2",
    "布鲁塞尔的Hôtel de Ville附近聚集了许多中国游客。",
    "这家来自克拉科夫(Kraków)的企业主要生产汽车零部件。",
    "美团(Meituan)与滴滴(DiDi)均发布了最新季度财报。",
    "C++、Python和Go是该公司最常用的编程语言。",
    "沈阳市今年计划新开工城市更新项目150个，项目第Ⅲ期工程年底完工。",
    "M&A、IPO等业务收入占比达到35%，AT&T也参与了报价。",
    "德国穆勒(Müller)集团与雪铁龙(Citroën)均在武汉设有工厂。",
    "慰藉与狼藉：这座老城的变迁",
]

# Short fields of article pages (bylines, dates, sources, breadcrumbs).
FIELDS = [
    "2024年3月15日",
    "来源：新华社",
    "作者：王明",
    "责任编辑：李华",
    "发布时间：2024-05-20 09:30",
    "浏览次数：1356",
    "本报记者 张三",
    "首页 > 新闻中心 > 地方要闻",
    "当前位置：首页",
    "编辑：赵敏",
    "来源：人民网",
    "2023年12月1日 星期五",
    "点击：85030",
    "上一篇：全市召开安全生产工作会议",
    "相关新闻",
    "分享到：微信 微博",
    "审核：胡君",
    "来源：中国经济网 作者：周丽",
]

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
CC = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")}
T2S_FOR_POOL = opencc.OpenCC("t2s")  # only to pick which traditional characters a mirror annotates
HK_EXTRA = {"線": "綫", "群": "羣", "峰": "峯", "眾": "衆", "偽": "僞", "啟": "啓", "說": "説"}


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def to_trad(s: str, style: str, rng: random.Random | None = None) -> str:
    """Traditional text as a mirror prints it: OpenCC s2t / s2tw / s2hk, HK with HK variants."""
    out = CC[style].convert(s)
    assert len(out) == len(s), (s, out)
    if style == "s2hk" and rng is not None:
        out = "".join(HK_EXTRA.get(c, c) if rng.random() < 0.8 else c for c in out)
    return out


def readings(s: str, style: Style, context: bool, v_to_u: bool = False) -> list[str]:
    if context:
        out = [r[0] for r in pinyin(s, style=style, v_to_u=v_to_u, errors=lambda x: [None] * len(x))]
        assert len(out) == len(s), (s, out)
        return [r if is_han(c) else None for c, r in zip(s, out, strict=True)]
    return [pinyin(c, style=style, v_to_u=v_to_u)[0][0] if is_han(c) else None for c in s]


def one_reading(c: str) -> str:
    return pinyin(c, style=Style.TONE)[0][0]


FW_OFFSET = 0xFEE0


def fw(ch: str) -> str:
    return chr(ord(ch) + FW_OFFSET) if "!" <= ch <= "~" else ch


def fullwidth_alnum(s: str, rng: random.Random, p: float = 1.0) -> str:
    return "".join(fw(c) if c.isascii() and c.isalnum() and rng.random() < p else c for c in s)


def mirror(
    s: str,
    rng: random.Random,
    conv: str = "s2tw",
    lo: float = 0.1,
    hi: float = 0.5,
    tone: str = "tone",
    paren: str = "ascii",
    repeat: float = 0.0,
    context: bool = True,
    force_last: bool = False,
    force: tuple[int, ...] = (),
    pre=None,
) -> str:
    """Traditional text with pinyin after some characters, the way content-farm mirrors print it.

    tone: 'tone' (dāng), 'plain' (dang, lv), 'plain_u' (dang, lü); paren: 'ascii', 'full', 'mixed'.
    pre: optional function applied to the simplified text before conversion (e.g. full-width).
    """
    src = pre(s) if pre else s
    trad = to_trad(src, conv, rng)
    style = Style.TONE if tone == "tone" else Style.NORMAL
    rd = readings(s, style, context, v_to_u=(tone == "plain_u"))
    han = [i for i, c in enumerate(s) if is_han(c)]
    target = max(1, round(len(han) * rng.uniform(lo, hi)))
    weights = [(0.85 if trad[i] != s[i] else 0.15) for i in han]
    chosen: set[int] = set(force)
    pool = list(han)
    while len(chosen) < target and pool:
        i = rng.choices(pool, weights=[weights[han.index(j)] for j in pool])[0]
        pool.remove(i)
        chosen.add(i)
    if force_last:
        for i in range(len(s) - 1):
            if is_han(s[i]) and not is_han(s[i + 1]) and s[i + 1] in "。，；：！？、”":
                chosen.add(i)
                break
    out = []
    for i, c in enumerate(trad):
        out.append(c)
        if i in chosen and rd[i]:
            full = paren == "full" or (paren == "mixed" and rng.random() < 0.5)
            o, cl = ("（", "）") if full else ("(", ")")
            ann = f"{o}{rd[i]}{cl}"
            out.append(ann)
            if rng.random() < repeat:
                out.append(ann)
    return "".join(out)


# --- mojibake ---------------------------------------------------------------------------------
CP1252_UNDEF = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def bytes_as_cp1252(b: bytes, undefined: str) -> str:
    """Bytes read as Windows-1252; the five undefined bytes as C1 controls, dropped, '?' or U+FFFD."""
    out = []
    for x in b:
        if x in CP1252_UNDEF:
            out.append({"c1": chr(x), "drop": "", "?": "?", "fffd": "\ufffd"}[undefined])
        else:
            out.append(bytes([x]).decode("cp1252"))
    return "".join(out)


def utf8_as_latin1(s: str) -> str:
    return s.encode("utf-8").decode("latin-1")


def utf8_as_gbk_strict(s: str) -> str | None:
    """UTF-8 bytes read as GBK the way Windows (cp936) and browsers (GB18030) do: user-defined
    codes become private-use characters. None when a byte would be lost."""
    try:
        d = s.encode("utf-8").decode("gb18030")
    except UnicodeDecodeError:
        return None
    if any(len(ch.encode("gb18030")) > 2 for ch in d):
        return None
    return d


def clauses(s: str) -> list[str]:
    """The sentence's leading clauses (up to each '，'), as titles and summaries cut them."""
    out, acc = [], ""
    for part in s.split("，")[:-1]:
        acc += part + "，"
        out.append(acc)
    return out


def gbk_as_latin1(s: str) -> str:
    return s.encode("gbk").decode("latin-1")


# --- GBK byte-phase damage (the mirrors' byte-level annotation) ---------------------------------
def mirror_decode_loses_only_parens(b: bytes) -> bool:
    """True when every byte the mirror's decoder drops is an annotation's '(' (the damage the
    README describes); False when a digit, space or punctuation mark, or a dangling byte at the
    end of the line, would be swallowed too (nothing could bring those back)."""
    i = 0
    while i < len(b):
        x = b[i]
        if x < 0x80:
            i += 1
            continue
        if x in (0x80, 0xFF) or i + 1 >= len(b):
            return False
        y = b[i + 1]
        if not (0x40 <= y <= 0xFE and y != 0x7F) and y != ord("("):
            return False
        i += 2
    return True


def gbk_decode_mirror(b: bytes) -> str:
    """Decode GBK as the mirror's pages show it: a lead byte with an invalid trail becomes one '?'
    (both bytes consumed); user-defined codes come out as private-use characters (cp936/GB18030)."""
    out = []
    i = 0
    while i < len(b):
        x = b[i]
        if x < 0x80:
            out.append(chr(x))
            i += 1
            continue
        if x in (0x80, 0xFF) or i + 1 >= len(b):
            out.append("?")
            i += 1
            continue
        y = b[i + 1]
        if not (0x40 <= y <= 0xFE and y != 0x7F):
            out.append("?")
            i += 2
            continue
        try:
            out.append(b[i : i + 2].decode("gbk"))
        except UnicodeDecodeError:
            out.append(b[i : i + 2].decode("gb18030"))
        i += 2
    return "".join(out)


def common_trad(c: str) -> bool:
    if not is_han(c):
        return False
    simp = T2S_FOR_POOL.convert(c)
    return simp != c and jieba.dt.FREQ.get(simp, 0) >= 300


def byte_phase(s: str, rng: random.Random, conv: str) -> str | None:
    trad = to_trad(s, conv, rng)
    try:
        raw = trad.encode("gbk")
    except UnicodeEncodeError:
        return None
    # straddles: trail byte of one character + lead byte of the next spelling a common
    # traditional character
    starts = []
    pos = 0
    for c in trad:
        n = len(c.encode("gbk"))
        starts.append((pos, n))
        pos += n
    cands = []
    for (p1, n1), (p2, n2) in zip(starts, starts[1:], strict=False):
        if n1 == 2 and n2 == 2:
            pair = raw[p1 + 1 : p2 + 1]
            try:
                c = pair.decode("gbk")
            except UnicodeDecodeError:
                continue
            if common_trad(c):
                cands.append(c)
    cands = sorted(set(cands))
    if not cands:
        return None
    straddle = rng.sample(cands, k=min(len(cands), rng.choice([1, 1, 2])))
    own = sorted({c for c in trad if is_han(c) and T2S_FOR_POOL.convert(c) != c})
    annotated = set(straddle) | set(rng.sample(own, k=round(len(own) * rng.uniform(0.3, 0.8))))
    order = sorted(annotated)
    rng.shuffle(order)
    b = raw
    for c in order:
        g = c.encode("gbk")
        try:
            ann = one_reading(c).encode("gbk")
        except UnicodeEncodeError:
            continue
        b = b.replace(g, g + b"(" + ann + b")")
    if not mirror_decode_loses_only_parens(b):
        return None
    out = gbk_decode_mirror(b)
    q = out.count("?")
    if q == 0 or q > 4 or "\ufffd" in out:
        return None
    return out


# --- entities and invisible characters ----------------------------------------------------------
NAMED = {
    "“": "&ldquo;",
    "”": "&rdquo;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
    "—": "&mdash;",
    "…": "&hellip;",
    "·": "&middot;",
    "&": "&amp;",
    '"': "&quot;",
    "<": "&lt;",
    ">": "&gt;",
    "©": "&copy;",
    "%": "&#37;",
    "×": "&times;",
}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def entity_for(c: str, rng: random.Random) -> str:
    if c in NAMED and rng.random() < 0.8:
        return NAMED[c]
    r = rng.random()
    if r < 0.4:
        return f"&#{ord(c)};"
    if r < 0.7:
        return f"&#x{ord(c):x};"
    return f"&#x{ord(c):X};"


def entities(s: str, rng: random.Random, p_han: float = 0.15) -> str:
    out = []
    for c in s:
        if c in NAMED:
            out.append(entity_for(c, rng))
        elif (is_han(c) or c in "，。、：；《》（）") and rng.random() < p_han:
            out.append(entity_for(c, rng))
        else:
            out.append(c)
    return "".join(out)


def invisible(s: str, rng: random.Random, n: int, kinds=ZW) -> str:
    chars = list(s)
    for _ in range(n):
        i = rng.randrange(1, len(chars))
        chars.insert(i, rng.choice(kinds))
    return "".join(chars)


DECOR = [
    chr(c)
    for c in list(range(0x2600, 0x2700)) + list(range(0x2701, 0x27C0))
    if chr(c).isprintable() and c not in range(0x2776, 0x2794)
]
DECOR_OTHER = list("▲■●◆◇○◎※□△▽☆★") + ["\U0001f525", "\U0001f338", "\U0001f44d", "\u2295", "\u2299"]


def decorate(text: str, rng: random.Random, n: int, symbols=DECOR, annotate: float = 0.3) -> str:
    """Put decorative symbols between two Chinese characters (after any annotation)."""
    # positions: boundary after a Han char (plus its annotation) that is followed by a Han char
    import re

    unit = re.compile(r"([\u4e00-\u9fff])((?:[(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）])*)(?=[\u4e00-\u9fff])")
    spots = [m for m in unit.finditer(text)]
    if not spots:
        return text
    picks = sorted(rng.sample(spots, k=min(n, len(spots))), key=lambda m: m.end(), reverse=True)
    for m in picks:
        sym = rng.choice(symbols)
        ann = m.group(2)
        if ann and rng.random() < annotate:
            sym += ann.split(")")[0] + ")" if ann.startswith("(") else ann.split("）")[0] + "）"
        text = text[: m.end()] + sym + text[m.end() :]
    return text


# ---------------------------------------------------------------------------------------------
def build() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    cases: list[tuple[str, str, str]] = []
    S = SENTENCES

    def add(kind, damaged, clean):
        assert "\t" not in damaged and "\n" not in damaged and "\r" not in damaged, damaged
        cases.append((kind, damaged, clean))

    # clean ----------------------------------------------------------------------------------
    for line in CLEAN_SPECIAL:
        add("clean", line, line)
    for s in rng.sample(S, 8):
        add("clean", s, s)

    # pinyin: traditional + one syllable after 10-50% of characters ---------------------------
    idx = rng.sample(range(len(S)), 36)
    ucases = [i for i, s in enumerate(S) if any(c in s for c in "绿旅率律女略虑")]
    ucases = [i for i in ucases if i not in idx[:30]]
    for n, i in enumerate(idx[:30] + ucases[:6]):
        s = S[i]
        tone = rng.choice(["tone", "tone", "tone", "plain", "plain_u"])
        paren = rng.choice(["ascii", "ascii", "ascii", "full", "mixed"])
        conv = rng.choice(["s2tw", "s2tw", "s2t", "s2hk"])
        force = tuple(k for k, c in enumerate(s) if c in "绿旅率律女略虑") if i in ucases else ()
        if i in ucases and n % 2 == 0:
            tone = "plain"  # v for ü
        d = mirror(
            s,
            rng,
            conv=conv,
            tone=tone,
            paren=paren,
            repeat=0.25 if n % 3 == 0 else 0.0,
            context=rng.random() < 0.6,
            force_last=(n % 2 == 0),
            force=force,
        )
        if n % 4 == 1:  # the mirror family prints ASCII commas and colons: keep them in the answer
            d = d.replace("，", ",").replace("：", ":")
            add("pinyin", d, s.replace("，", ",").replace("：", ":"))
        else:
            add("pinyin", d, s)

    # pinyin next to parentheses that must stay (glosses, years, bylines), written by hand
    for d, clean in [
        ("國家統計局數(shù)據顯示，5月份全國居民消費價格指數(shù)(CPI)同比上漲0.3%。", S[11]),
        ("專家認為(wéi)，人工智能(néng)(AI)技術(shù)將深刻改變傳統製造業的生產方式。", S[51]),
        ("當(dāng)前位置：首頁(yè) > 地方新聞(wén)", "当前位置：首页 > 地方新闻"),
        ("（記者 張(zhāng)三 通訊(xùn)員 李四）", "（记者 张三 通讯员 李四）"),
        ("《長江三角洲區(qū)域一體化發展規劃綱要(2019-2035年)》明確(què)了發展目標。", CLEAN_SPECIAL[12]),
        ("中國(guó)(上海)自由貿易試驗區臨港新片區今年新增企業(yè)1.2萬家。", CLEAN_SPECIAL[14]),
        ("華為(wèi)(Huawei)發佈(bù)了新款手機(jī)。", "华为(Huawei)发布了新款手机。"),
        (
            "該企業將繼(ji)續(xu)推進綠(lü)色工廠建設，單位產值能耗下降了17%。",
            "该企业将继续推进绿色工厂建设，单位产值能耗下降了17%。",
        ),
    ]:
        add("pinyin", d, clean)

    # extra_pinyin_multi: a two-character word's reading after the word -----------------------
    for n, i in enumerate(rng.sample(range(len(S)), 22)):
        s = S[i]
        trad = to_trad(s, "s2tw")
        words = list(jieba.tokenize(s))
        two = [(w, a, b) for w, a, b in words if b - a == 2 and all(is_han(c) for c in w)]
        pick = rng.sample(two, k=min(len(two), rng.choice([1, 2, 3])))
        ends = {b: w for w, a, b in pick}
        tonal = rng.random() < 0.7
        sep = rng.choice([" ", "", " "])
        out = []
        single = set(rng.sample([k for k, c in enumerate(s) if is_han(c)], k=3)) if n % 2 else set()
        for k, c in enumerate(trad):
            out.append(c)
            if k in single and (k + 1) not in ends:
                out.append(f"({one_reading(s[k]) if tonal else pinyin(s[k], style=Style.NORMAL)[0][0]})")
            if (k + 1) in ends:
                w = ends[k + 1]
                sy = [r[0] for r in pinyin(w, style=Style.TONE if tonal else Style.NORMAL)]
                out.append("(" + sep.join(sy) + ")")
        add("extra_pinyin_multi", "".join(out), s)

    # t2s: traditional only (Taiwan, Hong Kong, OpenCC standard variants) ----------------------
    zhe = [i for i, s in enumerate(S) if "着" in s or "著" in s]
    rest = [i for i in rng.sample(range(len(S)), 40) if i not in zhe]
    for n, i in enumerate(zhe + rest[:26]):
        conv = ["s2tw", "s2hk", "s2t"][n % 3]
        if i in zhe:
            conv = "s2tw"
        d = to_trad(S[i], conv, rng)
        if conv == "s2hk" and n % 2 == 0:
            d = d.replace("為", "爲").replace("裡", "裏")
        add("t2s", d, S[i])

    # mojibake: UTF-8 read as Windows-1252 / Latin-1 (lossless) ------------------------------
    pool = rng.sample(S, 18) + FIELDS[:12]
    for n, s in enumerate(pool):  # noqa: B007 (n is read after the loop)
        if n % 2 == 0:
            d = utf8_as_latin1(s)
        else:
            d = bytes_as_cp1252(s.encode("utf-8"), "c1")
        add("mojibake_utf8_latin1", d, s)
    for label, value in [("来源：", "中国经济网"), ("作者：", "刘晓东"), ("标题：", "全市工业经济运行平稳")]:
        add("mojibake_utf8_latin1", label + bytes_as_cp1252(value.encode(), "c1"), label + value)

    # UTF-8 read as Windows-1252 with the five undefined bytes lost -------------------------
    got = 0
    for s in rng.sample(S, len(S)) + FIELDS:
        b = s.encode("utf-8")
        if not any(x in CP1252_UNDEF for x in b) or len(s) < 5:
            continue
        mode = ["drop", "?", "fffd"][got % 3]
        add("mojibake_utf8_latin1_lossy", bytes_as_cp1252(b, mode), s)
        got += 1
        if got == 24:
            break

    # UTF-8 read as GBK (lossless only) ------------------------------------------------------
    short = FIELDS + [
        "全国",
        "中国经济",
        "产业观察",
        "新闻中心",
        "地方要闻",
        "今日头条",
        "热点专题",
        "本网讯",
        "记者王伟报道",
        "财经要闻",
        "责任编辑 李明",
        "科技创新",
    ]
    long_ok = [c for s in S for c in [s] + clauses(s) if len(c) >= 8 and utf8_as_gbk_strict(c)]
    short_ok = [c for c in short if utf8_as_gbk_strict(c)]
    for c in rng.sample(long_ok, min(len(long_ok), 20)) + rng.sample(short_ok, min(len(short_ok), 12)):
        add("mojibake_utf8_gbk", utf8_as_gbk_strict(c), c)

    # extra: UTF-8 read as GBK, bytes lost to U+FFFD or '?' ------------------------------------
    got = 0
    for s in rng.sample(S, len(S)):
        if utf8_as_gbk_strict(s) is not None:
            continue
        d = s.encode("utf-8").decode("gb18030", errors="replace")
        if d.count("\ufffd") > 3:
            continue
        if got % 2:
            d = d.replace("\ufffd", "?")
        add("extra_mojibake_utf8_gbk_lossy", d, s)
        got += 1
        if got == 12:
            break

    # GBK read as Latin-1 / Windows-1252 -------------------------------------------------------
    pool = rng.sample(S, 16) + FIELDS[:14]
    for n, s in enumerate(pool):  # noqa: B007 (n is read after the loop)
        add("mojibake_gbk_latin1", gbk_as_latin1(s), s)
    for s in rng.sample(S, 4):  # a traditional GBK page read as Windows-1252 (C1 kept)
        add("mojibake_gbk_latin1", bytes_as_cp1252(to_trad(s, "s2tw").encode("gbk"), "c1"), s)

    got = 0
    for s in rng.sample(S, len(S)):
        b = to_trad(s, "s2tw").encode("gbk")
        if not any(x in CP1252_UNDEF for x in b):
            continue
        add("extra_mojibake_gbk_cp1252_lossy", bytes_as_cp1252(b, ["drop", "?"][got % 2]), s)
        got += 1
        if got == 10:
            break

    # entities and invisible characters ----------------------------------------------------------
    ent_src = (
        [s for s in S if any(c in s for c in "“”%")]
        + rng.sample(S, 14)
        + [
            "据悉，M&A业务收入同比增长12%，占比达到三成。",
            "记者注意到，AT&T与当地运营商达成了合作。",
            "这部名为《长安的荔枝》的电视剧在当地取景拍摄。",
            "市民王女士说：“现在办事只需跑一次。”",
            "本届展会设有A、B、C三个展区——总面积达8万平方米。",
        ]
    )
    for n, s in enumerate(ent_src[:32]):
        d = invisible(s, rng, rng.randint(1, 4)) if n % 3 == 0 else s
        d = entities(d, rng, p_han=rng.choice([0.0, 0.1, 0.25]))
        if n % 5 == 1:
            d = "&nbsp;" * rng.choice([2, 4]) + d
        if n % 7 == 2:
            d = "\ufeff" + d
        if n % 6 == 3:
            d = "\u3000\u3000" + d
        add("entities_invisible", d, s)
    for s in rng.sample(S, 6):  # invisible characters only
        add("entities_invisible", invisible(s, rng, rng.randint(2, 6)), s)

    # extra entities: double-escaped, &nbsp; between ASCII words, soft hyphens, LRM/RLM --------
    add(
        "extra_entities_more",
        "受台风&amp;ldquo;海葵&amp;rdquo;影响，多个港口暂停作业。",
        "受台风“海葵”影响，多个港口暂停作业。",
    )
    add("extra_entities_more", "M&amp;amp;A业务收入同比增长12%。", "M&A业务收入同比增长12%。")
    add(
        "extra_entities_more",
        "苹果发布了新款Apple&nbsp;Watch和iPad&nbsp;Pro。",
        "苹果发布了新款Apple Watch和iPad Pro。",
    )
    add(
        "extra_entities_more",
        "华为推出搭载HarmonyOS&nbsp;4的多款新品。",
        "华为推出搭载HarmonyOS 4的多款新品。",
    )
    add("extra_entities_more", "新款iPhone&nbsp;15售价5999元起。", "新款iPhone 15售价5999元起。")
    add("extra_entities_more", "该公司完成了B轮融资&amp;hellip;&amp;hellip;", "该公司完成了B轮融资……")
    add("extra_entities_more", "全省营商\u00ad环境显著\u00ad改善。", "全省营商环境显著改善。")
    add(
        "extra_entities_more",
        "新能源&shy;汽车产销量连续九年位居全球第一。",
        "新能源汽车产销量连续九年位居全球第一。",
    )
    add(
        "extra_entities_more",
        "\u200e截至3月底，全县新能源汽车保有量达到4.6万辆。\u200f",
        "截至3月底，全县新能源汽车保有量达到4.6万辆。",
    )
    add(
        "extra_entities_more",
        "据海关统计，\u200e1至8月外贸进出口总值27.9万亿元。",
        "据海关统计，1至8月外贸进出口总值27.9万亿元。",
    )
    add("extra_entities_more", "&#x4e2d&#x56fd;制造业采购经理指数回升。", "中国制造业采购经理指数回升。")
    add(
        "extra_entities_more",
        "自动驾驶出租车在&#8203;亦庄&#x200B;开始试运营。",
        "自动驾驶出租车在亦庄开始试运营。",
    )

    # full-width letters and digits --------------------------------------------------------------
    alnum = [s for s in S if sum(c.isascii() and c.isalnum() for c in s) >= 2]
    for n, s in enumerate(rng.sample(alnum, 22) + FIELDS[:1] + FIELDS[4:6]):
        add("fullwidth", fullwidth_alnum(s, rng, 1.0 if n % 3 else 0.6), s)
    add(
        "fullwidth",
        "ＧＤＰ同比增长５．２％，ＣＰＩ温和上涨。".replace("．", ".").replace("％", "%"),
        "GDP同比增长5.2%，CPI温和上涨。",
    )
    add("fullwidth", "（Ａ股）三大指数集体收涨。", "（A股）三大指数集体收涨。")
    add("fullwidth", "新款ｉＰｈｏｎｅ 15发布。", "新款iPhone 15发布。")

    # extra: full-width ASCII punctuation and the ideographic space inside ASCII --------------
    for s, clean in [
        ("ＣＰＩ同比上涨０．３％。", "CPI同比上涨0.3%。"),
        ("详情见ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ．ｃｎ。", "详情见www.example.com.cn。"),
        ("投稿邮箱：ｎｅｗｓ＠ｅｘａｍｐｌｅ．ｃｎ", "投稿邮箱：news@example.cn"),
        ("热线电话：４００－８２０－１２３４", "热线电话：400-820-1234"),
        ("发布时间：２０２４－０５－２０　０９：３０", "发布时间：2024-05-20 09:30"),
        ("新款ｉＰｈｏｎｅ　１５　Ｐｒｏ正式发售。", "新款iPhone 15 Pro正式发售。"),
        ("不良贷款率下降至１．１２％。", "不良贷款率下降至1.12%。"),
        ("网址：ｈｔｔｐｓ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｃｎ／ｎｅｗｓ", "网址：https://www.example.cn/news"),
        ("“公司＋合作社＋农户”模式", "“公司+合作社+农户”模式"),
        ("Ｃ＋＋和Ｐｙｔｈｏｎ是常用语言。", "C++和Python是常用语言。"),
        ("ＰＭ２．５浓度下降１２％", "PM2.5浓度下降12%"),
        ("比分为３：１。", "比分为3:1。"),
    ]:
        add("extra_fullwidth_symbols", s, clean)

    # decorative symbols between characters --------------------------------------------------------
    for n, s in enumerate(rng.sample(S, 24)):
        if n % 3 == 2:
            base = s
        else:
            base = mirror(s, rng, conv="s2tw", lo=0.1, hi=0.4)
        add("decorative", decorate(base, rng, rng.randint(1, 3)), s)
    for n, s in enumerate(rng.sample(S, 12)):
        base = s if n % 2 else mirror(s, rng, conv="s2tw", lo=0.1, hi=0.3)
        add("extra_decorative_other", decorate(base, rng, rng.randint(1, 2), symbols=DECOR_OTHER), s)

    # the mirrors' stray commas --------------------------------------------------------------------
    for n, s in enumerate(rng.sample(S, 16)):
        base = s if n % 2 else mirror(s, rng, conv="s2tw", lo=0.1, hi=0.3)
        clean = s
        if n % 4 == 0:
            d = base.replace("。", ",。").replace("；", ",；")
        elif n % 4 == 1:
            d = base.replace("，", "，,", 2)
        elif n % 4 == 2:
            d = base.replace("，", ",,").replace("。", ",。")
            clean = s.replace("，", ",")
        else:
            d = base.replace("，", "，,", 1).replace("。", ",。")
        if d == base:
            d = base.replace("。", ",。")
        add("mirror_commas", d, clean)

    # GBK byte-phase damage ------------------------------------------------------------------------
    got = 0
    for s in rng.sample(S, len(S)):
        for conv in rng.sample(["s2tw", "s2t", "s2hk"], 3):
            d = byte_phase(s, rng, conv)
            if d is not None:
                add("byte_phase", d, s)
                got += 1
                break
        if got == 26:
            break

    # mixed: several kinds in one line -------------------------------------------------------------
    for n, s in enumerate(rng.sample(S, 32)):
        k = n % 8
        if k == 0:  # mirror + entities + &nbsp; indent
            d = "&nbsp;" * 4 + entities(mirror(s, rng), rng, 0.05)
        elif k == 1:  # mirror + zero-width
            d = invisible(mirror(s, rng, tone="plain"), rng, 3)
        elif k == 2:  # mirror + full-width digits/letters
            d = mirror(s, rng, pre=lambda t: fullwidth_alnum(t, rng))
        elif k == 3:  # whole mirror line, UTF-8 read as Windows-1252 / Latin-1
            m = mirror(s, rng)
            d = utf8_as_latin1(m) if n % 2 else bytes_as_cp1252(m.encode(), "c1")
        elif k == 4:  # mirror + decorative + comma
            d = decorate(mirror(s, rng), rng, 2).replace("。", ",。")
        elif k == 5:  # simplified + entities + full-width + zero-width
            d = entities(invisible(fullwidth_alnum(s, rng), rng, 2), rng, 0.1)
        elif k == 6:  # Hong Kong traditional + full-width-parenthesised pinyin + entity + BOM
            d = "\ufeff" + entities(mirror(s, rng, conv="s2hk", paren="full"), rng, 0.05)
        else:  # whole mirror line, UTF-8 read as GBK where that is lossless, else cp1252 lossy
            m = mirror(s, rng, lo=0.1, hi=0.3)
            g = utf8_as_gbk_strict(m)
            d = g if g is not None else bytes_as_cp1252(m.encode(), "drop")
        add("mixed", d, s)

    return cases


def main() -> int:
    cases = build()
    out = HERE / "cases.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for kind, damaged, clean in cases:
            f.write(f"{kind}\t{damaged}\t{clean}\n")
    counts: dict[str, int] = {}
    for kind, _, _ in cases:
        counts[kind] = counts.get(kind, 0) + 1
    for kind, n in counts.items():
        print(f"{kind:34s} {n}")
    print(
        f"{'total':34s} {len(cases)} -> {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}"
    )
    return 0


if __name__ == "__main__":
    jieba.setLogLevel(60)
    jieba.initialize()
    sys.exit(main())
