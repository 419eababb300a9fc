"""The sources of the rules in force (in-force.md §11), each with what it is and why it is
cited, official ones first."""

from eligibility.engine.model import Source, SourceKind
from eligibility.engine.text import gettext_noop, message

LIAONING = Source(
    "https://gat.ln.gov.cn/gat/jffw_141458/gatjzfz/lngacrjzww/flfg/"
    "E66B2121BB45421587E82DDA28D88A4F/index.shtml",
    SourceKind.OFFICIAL,
    message(
        gettext_noop(
            "The 2004 Measures as published by the Liaoning Provincial Public Security "
            "Department, from the National Immigration Administration."
        )
    ),
)
CHENGDU = Source(
    "http://www.cdcrj.gov.cn/exitentry/bsdt/690.htm",
    SourceKind.OFFICIAL,
    message(
        gettext_noop(
            "The Chengdu exit-entry administration's reading of the basic conditions, of direct "
            "investment and of stability."
        )
    ),
)
BEIJING = Source(
    "http://crjwx.gaj.beijing.gov.cn/page/detail?id=c8ef80a6a663432f8c350b7ae9355e60",
    SourceKind.OFFICIAL,
    message(gettext_noop("Beijing's exit-entry service guide: the text of the salary route.")),
)
PEOPLE_2015 = Source(
    "http://finance.people.com.cn/n/2015/0609/c1004-27123432.html",
    SourceKind.OFFICIAL_MEDIA,
    message(gettext_noop("People's Daily Online on the 2015 widening of employers.")),
)
XINHUA_2019 = Source(
    "https://e-chinaedu.cn/html/edunews/2019/lianghui_0717/87634.shtml",
    SourceKind.OFFICIAL_MEDIA,
    message(gettext_noop("Xinhua's report of the 2019 nationwide measures (a copy).")),
)
NIA_2022 = Source(
    "http://www.jzqfr.cn/articles/2022-08-11/2402343.html",
    SourceKind.NEWS,
    message(
        gettext_noop(
            "A 2022 report (a copy of 每日经济新闻) of the National Immigration Administration's "
            "statement on foreign nationals of Chinese origin and their families."
        )
    ),
)
ART_7_8 = Source(
    "https://44.wendadaohang.com/zd/YDWWVYKKKDWVYZR6RVK.html",
    SourceKind.COPY,
    message(gettext_noop("A Q&A page that quotes arts. 7 and 8: no official copy was found.")),
)
ITEM_7 = Source(
    "https://www.lvshuolvda.com/flwd/799190.html",
    SourceKind.COPY,
    message(gettext_noop("A legal Q&A page that quotes art. 6(1)(7) in full.")),
)
ITEM_1_2019 = Source(
    "https://caoyuantianlu.org/59205.html",
    SourceKind.COPY,
    message(gettext_noop("A copy of the text of item 1 of the 2019 measures.")),
)
