"""Tags and filters of the question pages' forms (``eligibility/widgets.py``)."""

from typing import Any

from django import template
from django.template.base import Parser, Token
from django.utils.safestring import SafeString, mark_safe

from eligibility import widgets

register = template.Library()

register.filter("input_tag", widgets.input_tag)


@register.tag
def shared_rendering(parser: Parser, token: Token) -> "SharedRenderingNode":
    """``{% shared_rendering form %}...{% endshared_rendering %}``: the content, rendered once
    for every applicant who sees the form the same way (``QuestionForm.shared_rendering_key``)
    and kept by the process; rendered each time for any other form."""
    _tag, form = token.split_contents()
    nodelist = parser.parse(("endshared_rendering",))
    parser.delete_first_token()
    return SharedRenderingNode(parser.compile_filter(form), nodelist)


class SharedRenderingNode(template.Node):
    def __init__(self, form: Any, nodelist: template.NodeList) -> None:
        self.form = form
        self.nodelist = nodelist

    def render(self, context: template.Context) -> SafeString:
        key = self.form.resolve(context).shared_rendering_key()
        html = widgets.SHARED_RENDERINGS.get(key) if key else None
        if html is None:
            html = mark_safe(self.nodelist.render(context))
            if key:
                widgets.SHARED_RENDERINGS.keep(key, html)
        return html
