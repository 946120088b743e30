"""Who may do what: the roles of a project, e-mail addresses as user names,
and the server's allow-list.

On a shared server a user is the e-mail address their sign-in provider
vouches for, in lower case (:func:`normalise_email`); the store takes that
string as ``user``.  A project has one owner and may be shared with others,
each as ``"editor"`` (may change it) or ``"viewer"`` (may open, present and
download it, not change it).  Only the owner shares, takes access back or
deletes.

The allow-list (:class:`AllowList`) is optional: without one, anyone the
provider signs in may use the app (each sees only their own and shared
projects).

Examples
--------
>>> normalise_email("  Somchai@Agency.GO.TH ")
'somchai@agency.go.th'
>>> AllowList.from_settings({"allowed_domains": ["agency.go.th"]}).allows("somchai@agency.go.th")
True
>>> AllowList.from_settings({"allowed_domains": ["agency.go.th"]}).allows("somchai@gmail.com")
False
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

__all__ = ["OWNER", "EDITOR", "VIEWER", "ROLES", "SHARE_ROLES", "CAN_WRITE", "normalise_email", "is_email",
           "AllowList", "SETTINGS_SECTION"]

OWNER, EDITOR, VIEWER = "owner", "editor", "viewer"
ROLES = (OWNER, EDITOR, VIEWER)
SHARE_ROLES = (EDITOR, VIEWER)
"""The roles an owner can give."""
CAN_WRITE = frozenset({OWNER, EDITOR})
SETTINGS_SECTION = "access"
"""The section of ``.streamlit/secrets.toml`` with ``allowed_domains`` and ``allowed_emails``."""

# one address: something@domain.tld, no spaces, no second @ (what a sign-in provider hands out)
_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")


def normalise_email(text: Any) -> str:
    """``text`` as a user name: spaces around removed, lower case.

    Raises
    ------
    ValueError
        When it is not one e-mail address (or longer than 200 characters).
    """
    if not isinstance(text, str):
        raise ValueError(f"not an e-mail address: {text!r}")
    email = text.strip().lower()
    if len(email) > 200 or not _EMAIL.fullmatch(email):
        raise ValueError(f"not an e-mail address: {text!r}")
    return email


def is_email(text: Any) -> bool:
    try:
        normalise_email(text)
        return True
    except ValueError:
        return False


def _domain(text: str) -> str:
    return text.strip().lower().lstrip("@").rstrip(".")


@dataclass(frozen=True)
class AllowList:
    """Who may use a shared server: whole e-mail domains and single addresses.

    Empty (the default): everyone the sign-in provider signs in.  A domain
    matches addresses exactly at that domain (``agency.go.th`` allows
    ``a@agency.go.th``, not ``a@sub.agency.go.th``: list each domain).
    """
    domains: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None) -> "AllowList":
        """From the ``[access]`` section of secrets.toml: ``allowed_domains``
        and ``allowed_emails``, each a list (or one string).

        Raises
        ------
        ValueError
            An entry that is not a domain / an e-mail address.
        """
        settings = settings or {}

        def entries(key: str) -> Iterable[str]:
            value = settings.get(key) or ()
            if isinstance(value, str):
                value = [value]
            for v in value:
                if not isinstance(v, str):
                    raise ValueError(f"[{SETTINGS_SECTION}] {key}: {v!r} is not text")
                if v.strip():
                    yield v

        domains = set()
        for d in entries("allowed_domains"):
            domain = _domain(d)
            if not is_email("x@" + domain):
                raise ValueError(f"[{SETTINGS_SECTION}] allowed_domains: {d!r} is not a domain")
            domains.add(domain)
        emails = set()
        for e in entries("allowed_emails"):
            try:
                emails.add(normalise_email(e))
            except ValueError:
                raise ValueError(f"[{SETTINGS_SECTION}] allowed_emails: {e!r} is not an e-mail address") from None
        return cls(frozenset(domains), frozenset(emails))

    @property
    def open(self) -> bool:
        """True when there is no list: everyone signed in may use the app."""
        return not (self.domains or self.emails)

    def allows(self, email: str) -> bool:
        try:
            email = normalise_email(email)
        except ValueError:
            return False
        if self.open:
            return True
        return email in self.emails or email.rsplit("@", 1)[1] in self.domains
