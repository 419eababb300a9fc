"""English dates the way a British or international reader writes them: "3 August 1980".

Only these formats are ours; every other format comes from Django's ``en`` module.
Chinese dates are in ``residency/formats/zh_Hans``: "1980 年 8 月 3 日".
"""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
# The admin shows times with dates: "3 August 2026, 10:00", not "Aug. 3, 2026, 10 a.m.".
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
