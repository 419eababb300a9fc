from django import template

from eligibility import widgets

register = template.Library()

register.filter("input_tag", widgets.input_tag)
