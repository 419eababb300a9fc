"""``{% frozen %}...{% endfrozen %}``: a part of a page that depends on nothing but the language
(its text, the addresses of static files and pages), rendered once per language by each process
and kept with the template. Rendering the same words, links and translations on every request
was a large share of a light page's time."""

from django import template
from django.template.base import Parser, Token
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()


@register.tag
def frozen(parser: Parser, token: Token) -> "FrozenNode":
    nodelist = parser.parse(("endfrozen",))
    parser.delete_first_token()
    return FrozenNode(nodelist)


class FrozenNode(template.Node):
    def __init__(self, nodelist: template.NodeList) -> None:
        self.nodelist = nodelist
        self.by_language: dict[str | None, SafeString] = {}

    def render(self, context: template.Context) -> SafeString:
        language = get_language()
        html = self.by_language.get(language)
        if html is None:
            html = self.by_language[language] = mark_safe(self.nodelist.render(context))
        return html
