"""Chinese amounts grouped by thousands, as banks and government forms write them:
"人民币12,000,000元" rather than Django's ungrouped "12000000". Dates stay Django's (1980年8月3日).
"""

THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
