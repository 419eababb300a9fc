"""The sources of the draft's text and content (draft-2020.md §10), each with what it is and
why it is cited. The official notice is the rule set's own source; its text is not available
there."""

from eligibility.engine.model import Source, SourceKind
from eligibility.engine.text import gettext_noop, message

ECONOMICLAWS = Source(
    "https://economiclaws.net/big5/fagui_547039",
    SourceKind.LEGAL_DATABASE,
    message(
        gettext_noop(
            "A legal database's reproduction of the draft (in traditional characters): the text "
            "of arts. 10 to 13."
        )
    ),
)
XINHUA = Source(
    "http://m.a3658.cn/politics/2020-02/27/c_1125635390.htm",
    SourceKind.OFFICIAL_MEDIA,
    message(gettext_noop("Xinhua's report of the draft on the day it was published (a copy).")),
)
CHINA_DAILY = Source(
    "http://www.wenzhoudaily.cn/NewsShow?article_id=664",
    SourceKind.OFFICIAL_MEDIA,
    message(gettext_noop("China Daily's report of the draft (a copy): the content of the routes.")),
)
GLOBAL_TIMES = Source(
    "http://www.globaltimes.cn/content/1181049.shtml",
    SourceKind.OFFICIAL_MEDIA,
    message(gettext_noop("Global Times' report of the draft: the talent routes, in summary.")),
)
MATTERS = Source(
    "https://agora0.github.io/20q3/matters/2020/03/05/MATTERS-%E4%B8%80%E7%9F%B3%E6%BF%80%E8%B5%B7"
    "%E5%8D%83%E5%B1%82%E6%B5%AA%E7%9A%84-%E5%A4%96%E5%9B%BD%E4%BA%BA%E6%B0%B8%E4%B9%85%E5%B1%85"
    "%E7%95%99%E7%AE%A1%E7%90%86%E6%9D%A1%E4%BE%8B-%E5%88%B0%E5%BA%95%E5%A6%82%E4%BD%95%E7%90%86"
    "%E8%A7%A3.html",
    SourceKind.COPY,
    message(
        gettext_noop(
            "A blog post of 5 March 2020 (archived) that quotes arts. 17 and 19 word for word: "
            "the only copy of their text found."
        )
    ),
)
REFERCHINA = Source(
    "https://www.referchina.com/2020/03/important-draft-updates-affecting.html",
    SourceKind.COMMENTARY,
    message(gettext_noop("A consultancy's summary that lists the four items of art. 15.")),
)
LIANG = Source(
    "https://c.m.163.com/news/a/F6Q0L05C0514C2L0.html",
    SourceKind.COMMENTARY,
    message(gettext_noop("A sociologist's commentary on the draft (NetEase): the kinds of route.")),
)
SQXX_83 = Source(
    "https://github.com/Graysonnwu/EggrollDatabase/blob/99062b91979fe2c7de220749583caa0b6699ba28"
    "/docs/1-100%E6%9C%9F/83.md",
    SourceKind.TRANSCRIPT,
    message(
        gettext_noop(
            "A transcript of a video commentary on the draft (睡前消息 No. 83): the only source "
            "for the numbers of arts. 16 and 18 and the content of art. 18."
        )
    ),
)
