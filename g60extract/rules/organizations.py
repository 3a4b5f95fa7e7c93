"""Organisation rules: merge the spellings of one organisation within an article, and type it.

Two mentions are the same organisation when one is an alias of the other in the shipped alias
table, when they are equal after dropping a region prefix (长三角G60科创走廊 = G60科创走廊) or
normalising 人民政府 → 政府 and 上海市 → (nothing) (上海市松江区人民政府 = 松江区政府), when the short
one abbreviates the long one (G60联席办 ≈ 长三角G60科创走廊联席会议办公室), or when rapidfuzz's
ratio is at least 90.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from g60extract.lexicon import Lexicon
from g60extract.ner.orgs import ENTERPRISE_TAIL
from g60extract.rules.base import Example, Rule
from g60extract.rules.context import NUMERAL

_LEVEL_CHARS = ("省", "市", "自治区", "区", "县")


def _place_prefix(prefix: str, places: Mapping[str, str]) -> bool:
    """True when ``prefix`` is made only of place names, each optionally with its level
    (上海市, 长三角, 江苏省苏州市)."""
    pos = 0
    while pos < len(prefix):
        for k in range(min(8, len(prefix) - pos), 1, -1):
            if prefix[pos : pos + k] in places:
                pos += k
                for level in _LEVEL_CHARS:
                    if prefix.startswith(level, pos):
                        pos += len(level)
                        break
                break
        else:
            return False
    return pos > 0


def _abbreviates(short: str, long: str) -> bool:
    """Every character of ``short`` occurs in ``long`` in order, the last ones matching the
    long name's head (G60联席办 in 长三角G60科创走廊联席会议办公室)."""
    if len(short) < 3 or len(short) >= len(long) or (short[-1] != long[-1] and not (
        short.endswith("办") and long.endswith("办公室")
    )):
        return False
    it = iter(long)
    return all(c in it for c in short)


def same_organization(a: str, b: str, lexicon: Lexicon) -> bool:
    if a == b:
        return True
    aliases = lexicon.aliases
    ca, cb = aliases.get(a, a), aliases.get(b, b)
    if ca == cb:
        return True
    # 上海市松江区人民政府 = 松江区政府 and 长三角G60科创走廊 = G60科创走廊: the longer adds only places
    # in front (never 江苏省科技厅 = 浙江省科技厅, nor 松江区政府 = 青浦区政府)
    # (中国中央广播电视总台 = 总台: the country before a national body's name, by its canonical name)
    na, nb = ca.replace("人民政府", "政府"), cb.replace("人民政府", "政府")
    short, long = sorted((na, nb), key=len)
    if len(short) >= 4 and long.endswith(short) and _place_prefix(long[: -len(short)], lexicon.places):
        return True
    short, long = sorted((a, b), key=len)
    if _abbreviates(short, long) and any(ch.isascii() and ch.isalnum() for ch in short):
        return True
    # 传化集团 = 传化, 中国石油吉林石化公司 = 吉林石化: an enterprise and its core (its parent's known name dropped)
    core = ENTERPRISE_TAIL.sub("", long)
    parent_dropped = core.endswith(short) and core[: -len(short)] in lexicon.known_orgs
    if len(short) >= 2 and core != long and (core == short or parent_dropped):
        return True
    sessions = [_SESSION.findall(x) for x in (a, b)]
    if all(sessions) and sessions[0] != sessions[1]:
        return False  # 十九届中央纪律检查委员会 ≠ 二十届中央纪律检查委员会: the bodies of two sessions
    return len(short) >= 5 and fuzz.ratio(a, b) >= 90


_SESSION = re.compile(rf"{NUMERAL}[届次]")  # 十九届, 第20次: a session's number, as the meeting rule reads it


def cluster(names: Iterable[str], lexicon: Lexicon) -> list[list[str]]:
    """Group spellings of one organisation; each group lists its spellings, first seen first.

    An article names a few dozen organisations and every pair is compared. A pathological list
    of thousands is grouped by key instead (alias table, places in front dropped), in linear time.
    """
    names = list(dict.fromkeys(names))
    if len(names) > 300:
        return _cluster_by_key(names, lexicon)
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if any(same_organization(name, other, lexicon) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return groups


def _cluster_by_key(names: list[str], lexicon: Lexicon) -> list[list[str]]:
    """Linear grouping for very long lists: alias table, then the name without places in front."""
    groups: dict[str, list[str]] = {}
    for name in names:
        key = lexicon.aliases.get(name, name).replace("人民政府", "政府")
        for k in range(len(key) - 4, 1, -1):
            if _place_prefix(key[:k], lexicon.places):
                key = key[k:]
                break
        groups.setdefault(key, []).append(name)
    return list(groups.values())


def canonical(names: list[str], lexicon: Lexicon) -> str | None:
    for name in names:
        if name in lexicon.aliases:
            return lexicon.aliases[name]
        if name in lexicon.aliases.values():
            return name
    return None


MERGE = Rule(
    name="org.merge",
    field="organizations",
    doc=__doc__ or "",
    examples=(
        Example("上海市松江区人民政府与复旦大学签约。松江区政府表示将加强合作。",
                {"name": "上海市松江区人民政府", "aliases": ["松江区政府"]}),
        Example("长三角G60科创走廊建设提速，G60科创走廊九城市协同发展。",
                {"name": "长三角G60科创走廊", "aliases": ["G60科创走廊"]}),
        Example("正泰集团股份有限公司在温州发布新品。", {"name": "正泰集团股份有限公司", "type": "enterprise"}),
        # a foreign ministry named by two fields (but 沙特利雅得与沙特外交部: two names)
        Example("中国国家航天局和泰国高等教育科研与创新部签署了谅解备忘录。", {"name": "泰国高等教育科研与创新部"}),
        Example("中非减贫与发展伙伴联盟今天在北京成立。", {"name": "中非减贫与发展伙伴联盟"}),  # China and a continent
        Example("这是土耳其国库和财政部的决定。", {"name": "土耳其国库和财政部", "type": "government"}),
        Example("北京市委常委会召开会议，传达学习全国两会精神。", {"name": "北京市委常委会", "type": "government"}),
        Example("民革第九届中央常委会第三次会议召开。", {"name": "民革第九届中央常委会", "type": "government"}),
        # a category of bodies, not one: 人大常委会 with no place (its jieba word alone is no name)
        Example("地方各级人大常委会要依法履职。", None),
        Example("经国务院常务会议和中央政治局会议审议。", {"name": "国务院", "type": "government"}),
        Example("江门海关表示，一季度进出口增长。", {"name": "江门海关", "type": "government"}),
        Example("他拒绝对他和劳拉公司的指责。", {"name": "劳拉公司", "type": "enterprise"}),
        Example("国务院批准成立了中国环境管理体系认证指导委员会。", {"name": "中国环境管理体系认证指导委员会"}),
        Example("双方要用好中意政府委员会机制。", {"name": "中意政府委员会"}),
        Example("我们来认识新疆金风科技股份有限公司董事长武钢。", {"name": "新疆金风科技股份有限公司"}),
        Example("采取“一箭三星”方式，奔驰不息的中欧班列。", None),
        Example("中共中央党史和文献研究院编辑的《论坚持和完善人民代表大会制度》近日出版。",
                {"name": "中共中央党史和文献研究院"}),
        Example("在国际化专业平台的支持下，项目进展顺利。", None),
        Example("服务上海国际科创中心和上海金融中心建设。", None),
        Example("中部战区陆军第82集团军官兵们先后打通道路。", {"name": "中部战区陆军第82集团军"}),
        Example("山东省消防救援总队派出队伍。", {"name": "山东省消防救援总队"}),
        Example("晋级八强的中国女篮与法国女篮展开对决。", {"name": "法国女篮"}),
        Example("这里举办了中国男篮职业联赛、欧冠等十项黄金大赛。", None),
        Example("国务院省级政府安全生产现场考核巡查完成。", {"name": "国务院"}),
        Example("水利部于昨晚连夜召开防汛会商会。", {"name": "水利部"}),
        Example("今天白天，华南大部降雨逐渐减弱停歇。", None),
        Example("塞尔维亚《政治报》主编表示，文章引起广泛关注。", {"name": "政治报", "type": "media"}),
        Example("国务院办公厅印发《关于第十次大督查发现典型经验做法的通报》。", {"name": "国务院办公厅"}),
        Example("北部战区陆军第78集团军官兵赶赴灾区。", {"name": "北部战区陆军第78集团军"}),
        Example("中国公安部、泰国警察总署在泰国清迈启动专项联合行动。", {"name": "泰国警察总署"}),
        Example("我们来到福建宁德下党乡。", None),
        Example("联合国人权理事会国别人权审议工作组审议中国报告。", {"name": "联合国人权理事会国别人权审议工作组"}),
        Example("会议表决通过了全国人大常委会代表资格审查委员会关于个别代表的代表资格的报告。",
                {"name": "全国人大常委会代表资格审查委员会"}),
        Example("联合国难民署发言人表示，难民署将继续提供援助。", {"name": "联合国难民署", "aliases": ["难民署"]}),
        Example("在山西省委书记蓝佛安、省长金湘军陪同下考察。", {"name": "山西省委"}),
        Example("斯特拉斯堡总领事馆是继马赛总领事馆后中国在法国设立的第二个总领事馆。", {"name": "马赛总领事馆"}),
        Example("美国第四大银行美洲银行宣布合并。", {"name": "美洲银行"}),
        Example("俄黑海舰队一艘巡逻舰遭到导弹袭击。", {"name": "俄黑海舰队"}),
        Example("强国必须强军，军强才能国安，人民军队要听党指挥。", None),
        Example("副局长任京东介绍，供给质量不断提升。", None),
        Example("要坚持五级书记抓乡村振兴，县委书记要当好“一线总指挥”。", None),
        Example("国家发展改革委党组书记、主任主持召开会议。", {"name": "国家发展改革委党组"}),
        Example("清华大学航空系教授介绍了研究进展。", {"name": "清华大学航空系"}),
        Example("他曾在新华社莫斯科工作多年。", {"name": "新华社"}),
        Example("八一队主场0∶0逼平四川全兴队。", {"name": "四川全兴队"}),
        Example("声明呼吁各大国，特别是联合国安理会常任理事国，承担责任。", {"name": "联合国安理会"}),
        Example("今年，中国田协几经努力，终于请到了世界冠军。", {"name": "中国田协"}),
        Example("温家宝会见了来访的芬兰农林部长卡莱维·海米莱。", {"name": "芬兰农林部"}),
        Example("乌克兰经济部副部长表示，双方合作潜力巨大。", {"name": "乌克兰经济部"}),
        Example("80年代初，郑州蝶阀厂的创业者们接了这样一个烂摊子。", {"name": "郑州蝶阀厂"}),
        Example("专家陆续下沉到保山市各乡镇卫生院和卫生室。", None),
        Example("泰山队的巴西外援卡洛斯和海狮队的巴西外援里贝罗各为自己的球队进球。", {"name": "海狮队"}),
        Example("小组赛的最后一轮，对许多队来讲，都成为一场生死战。", None),
        Example("本赛季联赛中，天涯海角队客场战平对手，传统强队则不敌新军。", {"name": "天涯海角队"}),
        Example("获得单项冠军的企业组建了攻关突击队，在古城门前举行仪式。", None),
        Example("湖北省黄梅县公安局黄梅派出所民警赶到现场。", {"name": "湖北省黄梅县公安局黄梅派出所"}),
    ),
)

RULES = (MERGE,)
