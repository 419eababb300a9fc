"""Short references that advisors read out and applicants quote, e.g. ``RP-7K3Q-2M``."""

import secrets

# No 0/O, 1/I/L or U: nothing that reads as another character, on paper or on the phone.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "RP"


def new_reference() -> str:
    """A random reference: 30^6 (about 729 million) possibilities, drawn with ``secrets``."""
    characters = "".join(secrets.choice(ALPHABET) for _ in range(6))
    return f"{PREFIX}-{characters[:4]}-{characters[4:]}"
