"""Conditions both rule sets declare the same way: gates (which situations a route concerns),
family and work conditions whose wording names no rule set. A rule set's own conditions live in
its package; these are shared so that one fact is read one way."""
