"""Chinese amounts grouped by thousands, as banks and government forms write them:
"人民币 12,000,000 元" rather than Django's ungrouped "12000000". Dates with a space between
numbers and characters, as the Chinese copywriting guidelines (sparanoid/chinese-copywriting-
guidelines) ask and as the questionnaire's examples write them: "1980 年 8 月 3 日".
"""

DATE_FORMAT = "Y 年 n 月 j 日"
DATETIME_FORMAT = "Y 年 n 月 j 日 H:i"
YEAR_MONTH_FORMAT = "Y 年 n 月"
MONTH_DAY_FORMAT = "n 月 j 日"
SHORT_DATE_FORMAT = "Y 年 n 月 j 日"
SHORT_DATETIME_FORMAT = "Y 年 n 月 j 日 H:i"
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
