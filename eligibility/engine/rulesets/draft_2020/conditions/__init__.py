"""The conditions of the 2020 draft's routes, by article, each with its wording and readings.

Conditions shared by several routes (the art. 15 chapeau, the family items' livelihood and home)
are declared once. A condition without its own citation takes its route's.
"""
